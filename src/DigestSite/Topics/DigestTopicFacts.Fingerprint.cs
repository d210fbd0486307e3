using System.IO.Hashing;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigestSite.Topics;

public sealed partial record DigestTopicFacts
{
    /// <summary>
    /// A 128-bit hash of these facts: equal facts give equal fingerprints. A build cache keys the corpus step's
    /// result by the fingerprints of every digest's facts, so that a rebuild whose edits left every digest's
    /// facts as they were (most edits: a figure corrected, a sentence added with words the digest already used)
    /// neither reads the facts back nor combines them again. It hashes the record's JSON, written with metadata
    /// generated from the record itself, so a field added to the facts is in the fingerprint with no other edit.
    /// </summary>
    public byte[] Fingerprint() => XxHash128.Hash(JsonSerializer.SerializeToUtf8Bytes(this, TopicFactsJson.Default.DigestTopicFacts));
}

/// <summary>The facts' JSON form, generated at compile time (the build cache stores them with its own context).</summary>
[JsonSerializable(typeof(DigestTopicFacts))]
internal sealed partial class TopicFactsJson : JsonSerializerContext;

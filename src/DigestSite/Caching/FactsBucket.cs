using DigestSite.Enrichment;
using DigestSite.Topics;

namespace DigestSite.Caching;

/// <summary>
/// The topic facts of the inputs whose paths fall into one bucket (by a hash of the path), as one part of the
/// cache folder: read, all at once, the first time one of them is asked for, which a rebuild whose digests'
/// facts are unchanged never does; and left as it is on disk by a save while every input of the bucket keeps
/// the facts it was read with. A part that cannot be read back gives null for every fact, and the enrich stage
/// finds them again from the digests.
/// </summary>
internal sealed class FactsBucket(LazyPart<Dictionary<string, DigestTopicFacts>> part)
{
    /// <summary>Buckets of a cache: a rebuild that changes one digest reads and writes one of them.</summary>
    public const int Count = 64;

    public LazyPart<Dictionary<string, DigestTopicFacts>> Part => part;

    /// <summary>The facts each input was given when the cache was loaded, to tell whether any changed since.</summary>
    public Dictionary<string, DigestFacts> Loaded { get; } = new(StringComparer.Ordinal);

    /// <summary>The name of the part that holds the facts of the input at <paramref name="path"/>.</summary>
    public static string NameOf(string path) => CacheStore.BucketOf("facts/", path);

    /// <summary>Facts to hand out for the input at <paramref name="path"/>: its topic facts are read when asked for.</summary>
    public DigestFacts Defer(string path, ListingFactsRecord stored)
    {
        var facts = new DigestFacts(() => part.Value is { } all && all.TryGetValue(path, out var f) ? f : null, stored.TopicsFingerprint, stored.Listing);
        Loaded[path] = facts;
        return facts;
    }
}

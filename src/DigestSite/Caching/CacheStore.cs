using System.IO.Hashing;
using System.Text.Json.Serialization.Metadata;
using DigestSite.Content;
using DigestSite.Search;
using DigestSite.Site;
using DigestSite.Topics;

namespace DigestSite.Caching;

/// <summary>
/// Reads and writes a <see cref="BuildCache"/> as a folder of JSON files (<see cref="CacheJson"/>): the
/// manifest, the corpus step's count of lower-case writers and the related ranking, then the pages, the inputs,
/// the corpus step's state of each digest and the inputs' topic facts, each in <see cref="FactsBucket.Count"/> buckets by a hash of the record's key, and the search index's
/// memo (<see cref="StoredSearch"/>), so a rebuild that changed a few records writes a few buckets again. A folder
/// that is missing, damaged, cut short or written for another validity key reads as the empty cache: a cache
/// can make a build slower, never wrong, and never make it fail.
/// </summary>
internal static partial class CacheStore
{
    public const string ManifestName = "manifest.json";
    private const string PagesFolder = "pages/";
    private const string InputsFolder = "inputs/";
    private const string TopicsFolder = "topics/";
    private const string WordsPart = "lower-case-writers.json";
    private const string RelatedPart = "related.json";

    public static BuildCache Load(string folder, byte[] validity)
    {
        try
        {
            var manifestPath = Path.Combine(folder, ManifestName);
            if (!File.Exists(manifestPath)) return BuildCache.Empty;
            if (CacheJson.Read(File.ReadAllBytes(manifestPath), CacheJson.Types.CacheManifest) is not { } manifest
                || !manifest.Validity.AsSpan().SequenceEqual(validity))
                return BuildCache.Empty;
            var pageParts = Buckets(folder, manifest, PagesFolder, CacheJson.Types.DictionaryStringCachedPage);
            var inputParts = Buckets(folder, manifest, InputsFolder, CacheJson.Types.DictionaryStringStoredInput);
            var topicParts = Buckets(folder, manifest, TopicsFolder, CacheJson.Types.DictionaryStringDigestTopicState);
            var words = new Part<Dictionary<string, int>>(folder, manifest, WordsPart, CacheJson.Types.DictionaryStringInt32);
            var related = new Part<RankedRelated>(folder, manifest, RelatedPart, CacheJson.Types.RankedRelated);
            List<IPart> parts = [words, related, .. pageParts, .. inputParts, .. topicParts];
            Parallel.ForEach(parts, part => part.Read());
            if (parts.Exists(p => p.Damaged)) return BuildCache.Empty;
            var pages = Merged(pageParts);
            var buckets = new Dictionary<string, FactsBucket>(StringComparer.Ordinal);
            foreach (var (name, hash) in manifest.Parts)
                if (name.StartsWith("facts/", StringComparison.Ordinal))
                    buckets[name] = new FactsBucket(new(folder, name, hash, CacheJson.Types.DictionaryStringDigestTopicFacts));
            var known = new Dictionary<string, CachedInput>(StringComparer.Ordinal);
            foreach (var part in inputParts)
                foreach (var (path, stored) in part.Value!) known[path] = Known(path, stored, buckets);
            var topics = words.Value is { } writers ? new TopicCorpusState(Merged(topicParts), writers) : null;
            return new BuildCache(manifest.PathSet, pages, known)
                { Topics = topics, Related = related.Value, Stored = new StoredCache(folder, manifest, buckets, new StoredSearch(folder, manifest)) };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BuildCache.Empty;
        }
    }

    /// <summary>A stored input as the build uses it: its digest without sections (they are read from its file),
    /// its facts deferred to their bucket (null when the bucket is not in the manifest: found again).</summary>
    private static CachedInput Known(string path, StoredInput stored, Dictionary<string, FactsBucket> buckets)
    {
        var input = stored.Input;
        if (input.Result.Digest is { } digest)
            input = input with { Result = input.Result with { Digest = digest.WithDeferredSections(SectionsNotKept) } };
        return stored.Facts is { } facts && buckets.TryGetValue(FactsBucket.NameOf(path), out var bucket)
            ? input with { Facts = bucket.Defer(path, facts) }
            : input;
    }

    private static System.Collections.Immutable.ImmutableArray<Section> SectionsNotKept() =>
        throw new InvalidOperationException("a cached digest's sections are read from its file: take the digest from InputCache.Parse");

    /// <summary>The bucket of <paramref name="folder"/> ("pages/") that holds the record under <paramref name="key"/>:
    /// one of 64, by a hash of the key's characters.</summary>
    public static string BucketOf(string folder, string key) =>
        BucketNames.GetOrAdd(folder, static f => [.. Enumerable.Range(0, FactsBucket.Count).Select(i => $"{f}{i:D2}.json")])
            [XxHash32.HashToUInt32(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key.AsSpan())) % FactsBucket.Count];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> BucketNames = new(StringComparer.Ordinal);

    /// <summary>The buckets of <paramref name="bucketFolder"/> ("pages/") the manifest lists.</summary>
    private static List<Part<Dictionary<string, T>>> Buckets<T>(string folder, CacheManifest manifest, string bucketFolder,
        JsonTypeInfo<Dictionary<string, T>> type) =>
        manifest.Parts.Keys.Where(name => name.StartsWith(bucketFolder, StringComparison.Ordinal)).Select(name => new Part<Dictionary<string, T>>(folder, manifest, name, type)).ToList();

    /// <summary>The records of every bucket, read, in one dictionary.</summary>
    private static Dictionary<string, T> Merged<T>(List<Part<Dictionary<string, T>>> buckets)
    {
        var records = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var part in buckets)
            foreach (var (key, value) in part.Value!) records[key] = value;
        return records;
    }

    private interface IPart
    {
        bool Damaged { get; }

        void Read();
    }

    /// <summary>One part of a cache folder, read and checked against the manifest's hash of it. A part the
    /// manifest does not list is absent (null, not damaged); one that does not read back as listed is damaged.</summary>
    private sealed class Part<T>(string folder, CacheManifest manifest, string name, JsonTypeInfo<T> type) : IPart where T : class
    {
        public T? Value { get; private set; }

        public bool Damaged { get; private set; }

        public void Read()
        {
            if (!manifest.Parts.TryGetValue(name, out var hash)) return;
            Value = CacheJson.ReadFile(Path.Combine(folder, name), hash, type);
            Damaged = Value is null;
        }
    }
}

/// <summary>Where a loaded cache came from: its folder, its manifest, its buckets of topic facts and the search
/// index's memo, so a save leaves the parts whose content did not change as they are.</summary>
internal sealed record StoredCache(string Folder, CacheManifest Manifest, IReadOnlyDictionary<string, FactsBucket> Buckets, StoredSearch Search);

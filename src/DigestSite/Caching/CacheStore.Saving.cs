using System.IO.Hashing;
using System.Runtime.InteropServices;
using DigestSite.Enrichment;
using DigestSite.Search;
using DigestSite.Site;
using DigestSite.Topics;

namespace DigestSite.Caching;

/// <summary>Saving a <see cref="BuildCache"/>: parts written in parallel, those whose bytes did not change left as they are.</summary>
internal static partial class CacheStore
{
    /// <summary>Writes each part to a temporary file beside it, then renames it over the old one, and the manifest
    /// last, the same way: a save that stops half-way leaves parts the manifest does not vouch for, which the next
    /// build does not use. A part whose bytes are those the loaded manifest lists is not written again; a bucket
    /// of topic facts whose inputs all keep the facts they were loaded with is not even encoded.</summary>
    /// <param name="previous">The cache this build loaded: parts whose records are all still its own objects are
    /// not encoded again.</param>
    /// <param name="search">The search index's memo this build made; null when it made none (none is kept).</param>
    public static void Save(string folder, byte[] validity, BuildCache cache, BuildCache previous, SearchMemo? search)
    {
        Directory.CreateDirectory(folder);
        var stored = previous.Stored is { } s && s.Folder == folder ? s : null;
        var parts = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var buckets = Group(cache.Inputs.Where(i => i.Value.Facts is not null).Select(i => KeyValuePair.Create(i.Key, i.Value.Facts!)), FactsBucket.NameOf);
        var writes = new List<Func<(string Name, byte[] Bytes)?>>();
        void Add(string name, bool unchanged, Func<byte[]>? write)
        {
            if (unchanged && stored?.Manifest.Parts.TryGetValue(name, out var kept) == true) parts[name] = kept;
            else if (write is not null) writes.Add(() => (name, write()));
        }
        void AddBuckets<T>(string bucketFolder, IReadOnlyDictionary<string, T> now, IReadOnlyDictionary<string, T> loaded,
            Func<Dictionary<string, T>, byte[]> write) where T : class
        {
            var loadedCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var key in loaded.Keys) CollectionsMarshal.GetValueRefOrAddDefault(loadedCounts, BucketOf(bucketFolder, key), out _)++;
            foreach (var (name, records) in Group(now, key => BucketOf(bucketFolder, key)))
                Add(name, loadedCounts.GetValueOrDefault(name) == records.Count && AllAsLoaded(records, loaded), () => write(records));
        }
        AddBuckets(PagesFolder, cache.Pages, previous.Pages, records => CacheJson.Write(records, CacheJson.Types.DictionaryStringCachedPage));
        AddBuckets(InputsFolder, cache.Inputs, previous.Inputs, records => CacheJson.Write(Stored(records), CacheJson.Types.DictionaryStringStoredInput));
        if (cache.Topics is { } topics)
        {
            AddBuckets(TopicsFolder, topics.Digests, previous.Topics?.Digests ?? new Dictionary<string, DigestTopicState>(), records => CacheJson.Write(records, CacheJson.Types.DictionaryStringDigestTopicState));
            Add(WordsPart, previous.Topics is { } was && SameCounts(topics.LowerCaseWriters, was.LowerCaseWriters),
                () => CacheJson.Write(topics.LowerCaseWriters, CacheJson.Types.DictionaryStringInt32));
        }
        Add(RelatedPart, SameRelated(cache.Related, previous.Related), cache.Related is { } related ? () => CacheJson.Write(related, CacheJson.Types.RankedRelated) : null);
        AddSearch(search, stored?.Search, parts, writes);
        foreach (var (name, facts) in buckets)
        {
            if (stored?.Buckets.TryGetValue(name, out var loaded) == true && SameRecords(facts, loaded.Loaded)) parts[name] = loaded.Part.Hash;
            else writes.Add(() => (name, CacheJson.Write(Topics(facts), CacheJson.Types.DictionaryStringDigestTopicFacts)));
        }

        var gate = new Lock();
        Parallel.ForEach(writes, write =>
        {
            if (write() is not var (name, bytes)) return;
            var hash = XxHash3.HashToUInt64(bytes);
            var file = Path.Combine(folder, name);
            if (stored?.Manifest.Parts.TryGetValue(name, out var was) != true || was != hash || !File.Exists(file)) Replace(file, bytes);
            lock (gate) parts[name] = hash;
        });
        Replace(Path.Combine(folder, ManifestName), CacheJson.Write(new CacheManifest(validity, cache.PathSet, parts), CacheJson.Types.CacheManifest));
        RemoveUnlisted(folder, parts);
        RemoveOldFormat(folder);
    }

    /// <summary>Removes what an earlier version of the program cached for this folder: a binary file beside it,
    /// and the search index's words in <c>search/</c>.</summary>
    private static void RemoveOldFormat(string folder)
    {
        var name = Path.GetFileName(folder);
        var parent = Path.GetDirectoryName(folder)!;
        foreach (var old in new[] { Path.Combine(parent, name + ".bin"), Path.Combine(parent, "search", name + ".bin") })
            if (File.Exists(old)) File.Delete(old);
    }

    /// <summary>The records grouped by the bucket each key goes to, buckets in ordinal order.</summary>
    private static SortedDictionary<string, Dictionary<TKey, T>> Group<TKey, T>(IEnumerable<KeyValuePair<TKey, T>> records, Func<TKey, string> bucketOf)
        where TKey : notnull
    {
        var groups = new SortedDictionary<string, Dictionary<TKey, T>>(StringComparer.Ordinal);
        foreach (var (key, value) in records)
        {
            var name = bucketOf(key);
            if (!groups.TryGetValue(name, out var group)) groups[name] = group = [];
            group[key] = value;
        }
        return groups;
    }

    /// <summary>Inputs as stored: each record with its listing facts and the fingerprint of its topic facts (the
    /// topic facts themselves go to their own buckets).</summary>
    private static Dictionary<string, StoredInput> Stored(Dictionary<string, CachedInput> inputs)
    {
        var stored = new Dictionary<string, StoredInput>(inputs.Count, StringComparer.Ordinal);
        foreach (var (path, input) in inputs)
            stored[path] = new StoredInput(input, input.Facts is { } f ? new ListingFactsRecord(f.Listing, f.TopicsFingerprint) : null);
        return stored;
    }

    /// <summary>Whether a part holds the records it was loaded with, as the same objects, and no other.</summary>
    private static bool SameRecords<T>(IReadOnlyDictionary<string, T> now, IReadOnlyDictionary<string, T> loaded) where T : class =>
        now.Count == loaded.Count && AllAsLoaded(now, loaded);

    /// <summary>Whether each of the records is the object loaded under its key.</summary>
    private static bool AllAsLoaded<T>(IReadOnlyDictionary<string, T> records, IReadOnlyDictionary<string, T> loaded) where T : class
    {
        foreach (var (key, value) in records)
            if (!loaded.TryGetValue(key, out var was) || !ReferenceEquals(was, value)) return false;
        return true;
    }

    private static bool SameCounts(Dictionary<string, int> now, Dictionary<string, int> loaded)
    {
        if (now.Count != loaded.Count) return false;
        foreach (var (key, count) in now)
            if (!loaded.TryGetValue(key, out var was) || was != count) return false;
        return true;
    }

    /// <summary>Whether the related ranking is the one loaded, taken whole.</summary>
    private static bool SameRelated(RankedRelated? now, RankedRelated? loaded) => now is not null && ReferenceEquals(now, loaded);

    /// <summary>The topic facts of a bucket's inputs; facts that can no longer be loaded are left out, and found
    /// again by the next build.</summary>
    private static Dictionary<string, DigestTopicFacts> Topics(Dictionary<string, DigestFacts> facts)
    {
        var topics = new Dictionary<string, DigestTopicFacts>(facts.Count, StringComparer.Ordinal);
        foreach (var (path, f) in facts)
            if (f.Topics is { } t) topics[path] = t;
        return topics;
    }

    private static void Replace(string file, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temp = $"{file}.{Environment.ProcessId}.tmp";
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, file, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Removes the files of the folder the manifest no longer lists (a bucket emptied, a part no longer made).</summary>
    private static void RemoveUnlisted(string folder, Dictionary<string, ulong> parts)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            if (name != ManifestName && !parts.ContainsKey(name) && !name.EndsWith(".tmp", StringComparison.Ordinal)) File.Delete(file);
        }
    }
}

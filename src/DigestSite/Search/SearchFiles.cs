using System.IO.Hashing;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DigestSite.Enrichment;
using DigestSite.Outputs;
using DigestSite.Site;

namespace DigestSite.Search;

/// <summary>
/// The search index's files under <c>/search/</c>: a small manifest at a fixed path, and files named by a hash of
/// their content, which a browser may keep forever: the shards of the word index (by word prefix), tables from
/// digest number to the digest's record, one record a digest (title, link, date, topics, summary and text for
/// excerpts), and for the most used topics the list of their digests (the topic filter).
/// </summary>
public static class SearchFiles
{
    public const string Folder = "search/";
    public const string Manifest = "search/manifest.json";
    /// <summary>Digests per table of records.</summary>
    public const int TableSize = 256;
    /// <summary>About the most bytes of one shard (a single common word may take more).</summary>
    public const int MaxShardSize = 48 * 1024;
    public const int FilterTopics = 60;
    private const string Origin = "search index";

    internal static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Whether a path is one of the content-named files (not known before the index is made).</summary>
    public static bool IsContentNamed(string path) =>
        path.StartsWith(Folder, StringComparison.Ordinal) && path != Manifest && path.EndsWith(".json", StringComparison.Ordinal);

    /// <summary>The index's files. With <paramref name="previous"/>, the memo of the last build in this process,
    /// or else the one <paramref name="cache"/> holds, only the digests that changed are analysed again and only
    /// the shards of their words written again (see <see cref="ShardedIndex"/>); the files are those a build
    /// without it makes. The memo it returns is for the next build (none without a cache, whose validity it is
    /// made under); the cache gets it too.</summary>
    public static SearchIndex Generate(SiteModel site, SearchDocCache? cache, OutputReuse? reuse, SearchMemo? previous = null)
    {
        var oldestFirst = site.Digests.Reverse().ToList();
        var language = SearchLanguages.Normalise(site.Config.Site.Language);
        previous = cache is null ? null : previous ?? cache.Stored;
        if (previous is not null && !previous.Matches(language, cache!.Validity)) previous = null;
        var analyzers = new ThreadLocal<LanguageAnalyzer>(() => new LanguageAnalyzer(language));
        var keys = new UInt128?[oldestFirst.Count];
        Parallel.For(0, keys.Length, i => keys[i] = DocAnalysis.Key(oldestFirst[i]));
        var docs = new IndexedDoc?[oldestFirst.Count];
        var changed = previous is null ? null : Changed(previous.Keys, keys);
        var patched = changed is null ? null : Patched(previous!, oldestFirst, keys, changed, docs, analyzers);

        var files = new List<OutputFile>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var shardNames = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var words = patched;
        if (words is not null)
        {
            // A kept shard's bytes are made from its stored words when the output folder does not have its file.
            foreach (var shard in words.Shards() ?? []) shardNames[shard.Prefix] = Add(files, paths, "s", () => shard.Bytes, reuse, shard.Name);
            if (!words.Readable)
            {
                words = null;
                files.Clear();
                paths.Clear();
                shardNames.Clear();
            }
        }
        if (words is null)
        {
            Parallel.For(0, docs.Length, i =>
                docs[i] ??= (keys[i] is { } key ? previous?.Analysis(key) : null) ?? DocAnalysis.Of(oldestFirst[i], analyzers.Value!));
            words = ShardedIndex.Build(WordIndex.Build(oldestFirst, docs!), docs!);
            foreach (var shard in words.Shards()!) shardNames[shard.Prefix] = Add(files, paths, "s", () => shard.Bytes, reuse, shard.Name);
        }

        var records = new string[oldestFirst.Count];
        for (var i = 0; i < records.Length; i++)
        {
            var (path, file) = DocRecord.Produce(site, oldestFirst[i], reuse);
            records[i] = Path.GetFileNameWithoutExtension(path);
            files.Add(file);
        }
        var tables = new List<string>();
        for (var start = 0; start < records.Length; start += TableSize)
            tables.Add(Add(files, paths, "t", JsonArray(records.Skip(start).Take(TableSize)), reuse));
        var ids = new Dictionary<EnrichedDigest, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < oldestFirst.Count; i++) ids[oldestFirst[i]] = i;
        var topics = new List<(string Name, int Count, string File)>();
        foreach (var group in site.Topics.Take(FilterTopics))
        {
            var list = PostingCode.Ids(group.Digests.Select(d => ids[d]).Order());
            topics.Add((group.Topic.Name, group.Digests.Length, Add(files, paths, "f", JsonArray([list]), reuse)));
        }
        var stopWords = new LanguageAnalyzer(language).StopWords;
        files.Add(new OutputFile(Manifest, ManifestJson(oldestFirst, language, stopWords, shardNames, tables, topics), Origin));

        if (cache is null) return new SearchIndex(files, null);
        var analyses = new Dictionary<UInt128, IndexedDoc>(docs.Length);
        for (var i = 0; i < docs.Length; i++)
            if (keys[i] is { } key && (docs[i] ?? previous?.Held(key)) is { } doc) analyses[key] = doc;
        var isPatched = ReferenceEquals(words, patched);
        var memo = new SearchMemo(cache.Validity, language, keys, analyses, words, isPatched ? previous!.Store : null)
            { FromStore = isPatched && previous!.FromStore, Unchanged = isPatched && changed!.Count == 0, Whole = !isPatched };
        return new SearchIndex(files, memo) { Patched = isPatched };
    }

    /// <summary>The numbers of the digests whose keys are not the last build's, or null when the number of digests
    /// changed (digests are numbered by date) or when so many changed that making the index anew is as quick.</summary>
    private static List<int>? Changed(UInt128?[] before, UInt128?[] keys)
    {
        if (before.Length != keys.Length) return null;
        var changed = Enumerable.Range(0, keys.Length).Where(i => keys[i] is null || before[i] != keys[i]).ToList();
        return changed.Count * 8 > keys.Length ? null : changed;
    }

    /// <summary>The last build's index with the digests that changed since patched in (their analyses made into
    /// <paramref name="docs"/>), or null when it cannot be: taken already, or a changed digest's last analysis
    /// is not known.</summary>
    private static ShardedIndex? Patched(SearchMemo previous, List<EnrichedDigest> oldestFirst, UInt128?[] keys, List<int> changed,
        IndexedDoc?[] docs, ThreadLocal<LanguageAnalyzer> analyzers)
    {
        var before = new IndexedDoc[changed.Count];
        for (var j = 0; j < changed.Count; j++)
            if (previous.Keys[changed[j]] is not { } key || previous.Analysis(key) is not { } old) return null;
            else before[j] = old;
        if (previous.TakeIndex() is not { } words) return null;
        Parallel.ForEach(changed, i => docs[i] = DocAnalysis.Of(oldestFirst[i], analyzers.Value!));
        for (var j = 0; j < changed.Count; j++)
            if (!words.Update(changed[j], before[j], docs[changed[j]]!)) return null;
        words.Renumber(oldestFirst);
        return words;
    }

    /// <summary>A content-named file in <c>search/KIND/</c>, once however many times it is asked for (topics carried
    /// by the same digests have the same list); returns its name (the hash).</summary>
    private static string Add(List<OutputFile> files, HashSet<string> paths, string kind, byte[] bytes, OutputReuse? reuse) =>
        Add(files, paths, kind, () => bytes, reuse, Name(bytes));

    private static string Add(List<OutputFile> files, HashSet<string> paths, string kind, Func<byte[]> bytes, OutputReuse? reuse, string name)
    {
        var path = $"{Folder}{kind}/{name}.json";
        if (paths.Add(path))
            files.Add(KeyedOutput.Produce(path, Origin, KeyedOutput.Start(path).Finish(), reuse, bytes));
        return name;
    }

    internal static string Name(ReadOnlySpan<byte> bytes) => Convert.ToHexString(XxHash128.Hash(bytes)).ToLowerInvariant()[..16];

    private static byte[] JsonArray(IEnumerable<string> items)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Json))
        {
            w.WriteStartArray();
            foreach (var item in items) w.WriteStringValue(item);
            w.WriteEndArray();
        }
        return buffer.ToArray();
    }

    private static byte[] ManifestJson(List<EnrichedDigest> oldestFirst, string language, IEnumerable<string> stopWords,
        SortedDictionary<string, string> shards, List<string> tables, List<(string Name, int Count, string File)> topics)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Json))
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteString("language", language);
            w.WriteNumber("digests", oldestFirst.Count);
            w.WriteNumber("k1", WordIndex.K1);
            w.WriteNumber("levels", WordIndex.Levels);
            w.WriteNumber("setLevel", ShardFiles.SetLevel);
            w.WriteNumber("tableSize", TableSize);
            w.WriteStartArray("stopWords");
            foreach (var s in stopWords) w.WriteStringValue(s);
            w.WriteEndArray();
            w.WriteStartObject("shards");
            foreach (var (prefix, name) in shards) w.WriteString(prefix, name);
            w.WriteEndObject();
            w.WriteStartArray("tables");
            foreach (var t in tables) w.WriteStringValue(t);
            w.WriteEndArray();
            // Months in digest-number order: ["yyyy-mm", first number]. Numbers follow dates, so a month's digests
            // run from its first number to the next month's (the year filter and the recency boost use this).
            w.WriteStartArray("months");
            string? month = null;
            for (var i = 0; i < oldestFirst.Count; i++)
            {
                var m = oldestFirst[i].Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
                if (m == month) continue;
                month = m;
                w.WriteStartArray();
                w.WriteStringValue(m);
                w.WriteNumberValue(i);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("topics");
            foreach (var (name, count, file) in topics)
            {
                w.WriteStartArray();
                w.WriteStringValue(name);
                w.WriteNumberValue(count);
                w.WriteStringValue(file);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }
}

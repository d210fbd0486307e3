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
    /// only the digests that changed are analysed again and only the shards of their words written again (see
    /// <see cref="ShardedIndex"/>); the files are those a build without it makes. The memo it returns is for the
    /// next build (none without a words cache, whose validity it is made under).</summary>
    public static SearchIndex Generate(SiteModel site, SearchDocCache? cache, OutputReuse? reuse, SearchMemo? previous = null)
    {
        var oldestFirst = site.Digests.Reverse().ToList();
        var language = SearchLanguages.Normalise(site.Config.Site.Language);
        var known = cache is null ? null : previous?.AnalysesFor(language, cache.Validity);
        var analyzers = new ThreadLocal<LanguageAnalyzer>(() => new LanguageAnalyzer(language));
        var docs = new IndexedDoc[oldestFirst.Count];
        var keys = new UInt128?[oldestFirst.Count];
        Parallel.For(0, docs.Length, i =>
        {
            keys[i] = DocAnalysis.Key(oldestFirst[i]);
            docs[i] = keys[i] is { } key && known is not null && known.TryGetValue(key, out var kept)
                ? kept
                : DocAnalysis.Of(oldestFirst[i], analyzers.Value!, known is null ? cache : null);
        });
        var patched = known is null ? null : Updated(previous!, oldestFirst, docs);
        var words = patched ?? ShardedIndex.Build(WordIndex.Build(oldestFirst, docs), docs);
        var index = words.Index;

        var files = new List<OutputFile>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var records = new string[oldestFirst.Count];
        for (var i = 0; i < records.Length; i++)
        {
            var (path, file) = DocRecord.Produce(site, oldestFirst[i], reuse);
            records[i] = Path.GetFileNameWithoutExtension(path);
            files.Add(file);
        }
        var shardNames = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var shard in words.Shards()) shardNames[shard.Prefix] = Add(files, paths, "s", shard.Bytes, reuse, shard.Name);
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
        files.Add(new OutputFile(Manifest, ManifestJson(index, language, stopWords, shardNames, tables, topics), Origin));

        var analyses = new Dictionary<UInt128, IndexedDoc>(docs.Length);
        for (var i = 0; i < docs.Length; i++)
            if (keys[i] is { } key) analyses[key] = docs[i];
        return new SearchIndex(files, cache is null ? null : new SearchMemo(cache.Validity, language, analyses, docs, words))
            { Patched = patched is not null };
    }

    /// <summary>The last build's index with the digests that changed since patched in, or null when it cannot be
    /// (taken already, or the number of digests changed: digests are numbered by date) or when so many changed that
    /// making it anew is as quick.</summary>
    private static ShardedIndex? Updated(SearchMemo previous, List<EnrichedDigest> oldestFirst, IndexedDoc[] docs)
    {
        if (previous.TakeIndex() is not var (before, words) || before.Length != docs.Length) return null;
        var changed = Enumerable.Range(0, docs.Length).Where(i => !ReferenceEquals(before[i], docs[i])).ToList();
        if (changed.Count * 8 > docs.Length) return null;
        foreach (var i in changed) words.Update(i, before[i], docs[i]);
        words.Renumber(oldestFirst);
        return words;
    }

    /// <summary>A content-named file in <c>search/KIND/</c>, once however many times it is asked for (topics carried
    /// by the same digests have the same list); returns its name (the hash).</summary>
    private static string Add(List<OutputFile> files, HashSet<string> paths, string kind, byte[] bytes, OutputReuse? reuse, string? name = null)
    {
        name ??= Name(bytes);
        var path = $"{Folder}{kind}/{name}.json";
        if (paths.Add(path))
            files.Add(KeyedOutput.Produce(path, Origin, KeyedOutput.Start(path).Finish(), reuse, () => bytes));
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

    private static byte[] ManifestJson(WordIndex index, string language, IEnumerable<string> stopWords,
        SortedDictionary<string, string> shards, List<string> tables, List<(string Name, int Count, string File)> topics)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Json))
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteString("language", language);
            w.WriteNumber("digests", index.Docs.Count);
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
            for (var i = 0; i < index.Docs.Count; i++)
            {
                var m = index.Docs[i].Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
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

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

    public static IEnumerable<OutputFile> Generate(SiteModel site, SearchDocCache? cache, OutputReuse? reuse)
    {
        var oldestFirst = site.Digests.Reverse().ToList();
        var language = SearchLanguages.Normalise(site.Config.Site.Language);
        var analyzers = new ThreadLocal<LanguageAnalyzer>(() => new LanguageAnalyzer(language));
        var docs = new IndexedDoc[oldestFirst.Count];
        Parallel.For(0, docs.Length, i => docs[i] = DocAnalysis.Of(oldestFirst[i], analyzers.Value!, cache));
        var index = WordIndex.Build(oldestFirst, docs);

        var files = new List<OutputFile>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var records = new string[oldestFirst.Count];
        for (var i = 0; i < records.Length; i++)
        {
            var (path, file) = DocRecord.Produce(site, oldestFirst[i], reuse);
            records[i] = Path.GetFileNameWithoutExtension(path);
            files.Add(file);
        }
        var shards = ShardFiles.Write(index);
        var shardNames = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (prefix, bytes) in shards) shardNames[prefix] = Add(files, paths, "s", bytes, reuse);
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
        return files;
    }

    /// <summary>A content-named file in <c>search/KIND/</c>, once however many times it is asked for (topics carried
    /// by the same digests have the same list); returns its name (the hash).</summary>
    private static string Add(List<OutputFile> files, HashSet<string> paths, string kind, byte[] bytes, OutputReuse? reuse)
    {
        var name = Name(bytes);
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

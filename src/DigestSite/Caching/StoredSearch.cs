using DigestSite.Search;

namespace DigestSite.Caching;

/// <summary>
/// The search index's memo (<see cref="SearchMemo"/>) as parts of a cache folder, each read the first time it is
/// asked for: <c>search-index/head.json</c> (<see cref="SearchHead"/>: the digests' keys, the shards and the
/// sized entries), the digests' analyses (<see cref="StoredDoc"/>) in <see cref="FactsBucket.Count"/> buckets by key
/// (<c>search-index/docs/NN.json</c>), and each shard's words under the shard's name
/// (<c>search-index/shards/NAME.json</c>). A rebuild with no change reads the head alone; one that changed a
/// digest reads its old analysis's bucket and the shards its words are in.
/// </summary>
internal sealed class StoredSearch : ISearchStore
{
    public const string Folder = "search-index/";
    public const string HeadPart = Folder + "head.json";
    private const string DocsFolder = Folder + "docs/";
    private const string ShardsFolder = Folder + "shards/";

    private readonly LazyPart<SearchHead>? _head;

    public StoredSearch(string folder, CacheManifest manifest)
    {
        foreach (var (name, hash) in manifest.Parts)
        {
            if (name == HeadPart) _head = new(folder, name, hash, CacheJson.Types.SearchHead);
            else if (name.StartsWith(DocsFolder, StringComparison.Ordinal)) Docs[name] = new(folder, name, hash, CacheJson.Types.DictionaryStringStoredDoc);
            else if (name.StartsWith(ShardsFolder, StringComparison.Ordinal)) Shards[name] = new(folder, name, hash, CacheJson.Types.ShardWords);
        }
    }

    /// <summary>The buckets of analyses, by part name.</summary>
    public Dictionary<string, LazyPart<Dictionary<string, StoredDoc>>> Docs { get; } = new(StringComparer.Ordinal);

    /// <summary>The shards' words, by part name.</summary>
    public Dictionary<string, LazyPart<ShardWords>> Shards { get; } = new(StringComparer.Ordinal);

    public SearchHead? Head => _head?.Value;

    /// <summary>The XxHash3 the manifest recorded for the head, or null when it lists none.</summary>
    public ulong? HeadHash => _head?.Hash;

    public IndexedDoc? Analysis(UInt128 key) =>
        Docs.TryGetValue(DocsBucket(key), out var part) && part.Value is { } docs && docs.TryGetValue(Name(key), out var doc) ? doc.ToDoc() : null;

    public ShardWords? Shard(string name) => Shards.TryGetValue(ShardPart(name), out var part) ? part.Value : null;

    /// <summary>The bucket that holds the analysis under a key: one of <see cref="FactsBucket.Count"/>.</summary>
    public static string DocsBucket(UInt128 key) => $"{DocsFolder}{(int)(key % FactsBucket.Count):D2}.json";

    /// <summary>A key as a bucket's JSON names it.</summary>
    public static string Name(UInt128 key) => key.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The part that holds the words of the shard file of this name.</summary>
    public static string ShardPart(string name) => $"{ShardsFolder}{name}.json";
}

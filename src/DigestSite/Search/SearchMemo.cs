using DigestSite.Site;

namespace DigestSite.Search;

/// <summary>The search index's files, and what the next build may start from.</summary>
public sealed record SearchIndex(IReadOnlyList<OutputFile> Files, SearchMemo? Memo)
{
    /// <summary>Whether the word index was the last build's, with the digests that changed patched in.</summary>
    public bool Patched { get; init; }
}

/// <summary>
/// What a build's search index leaves for the next build: each digest's <see cref="DocAnalysis.Key"/> by number,
/// its analysed words by that key, and the word index with its shard files (<see cref="ShardedIndex"/>). The
/// preview keeps it in memory between saves; the build cache keeps it on disk (<see cref="ISearchStore"/>), and a
/// memo read from there reads an analysis or a shard's words only when it is asked for. Made under the validity of
/// the cache (the program and the settings), it is used only under the same. The next build updates the index in
/// place, so the index serves one build: taken once, a memo gives only the analyses (which it never changes).
/// </summary>
public sealed class SearchMemo
{
    private readonly byte[] _validity;
    private readonly string _language;
    private readonly UInt128?[] _keys;
    private readonly IReadOnlyDictionary<UInt128, IndexedDoc> _analyses;
    private readonly ShardedIndex _index;
    private int _taken;

    internal SearchMemo(byte[] validity, string language, UInt128?[] keys, IReadOnlyDictionary<UInt128, IndexedDoc> analyses,
        ShardedIndex index, ISearchStore? store)
    {
        _validity = validity;
        _language = language;
        _keys = keys;
        _analyses = analyses;
        _index = index;
        Store = store;
    }

    /// <summary>The memo the build cache holds, or null when it holds none that reads back.</summary>
    public static SearchMemo? Read(byte[] validity, ISearchStore store) =>
        store.Head is { } head && ShardedIndex.Stored(head.Keys.Length, head.Shards, head.Entries, store.Shard) is { } index
            ? new SearchMemo(validity, head.Language, head.Keys, new Dictionary<UInt128, IndexedDoc>(), index, store) { FromStore = true }
            : null;

    /// <summary>The store the analyses this memo does not hold in memory are read from; null when it holds all.</summary>
    public ISearchStore? Store { get; }

    /// <summary>Whether the word index is the one read from <see cref="Store"/>, patched by <see cref="Rewritten"/>
    /// alone (then the store's other shards hold the same words); false for one made anew or kept in memory.</summary>
    public bool FromStore { get; internal init; }

    /// <summary>Whether the word index was made anew (not patched from an earlier memo).</summary>
    public bool Whole { get; internal init; }

    /// <summary>Whether the index is the last one as it was (no digest changed).</summary>
    public bool Unchanged { get; internal init; }

    /// <summary>Whether the memo was made for this language and validity.</summary>
    internal bool Matches(string language, byte[] validity) => language == _language && validity.AsSpan().SequenceEqual(_validity);

    /// <summary>The key of each digest by number.</summary>
    internal UInt128?[] Keys => _keys;

    /// <summary>A digest's analysis under its key, from memory or the store; null when neither holds it.</summary>
    public IndexedDoc? Analysis(UInt128 key) => _analyses.TryGetValue(key, out var doc) ? doc : Store?.Analysis(key);

    /// <summary>The analysis when this memo holds it in memory (without reading the store).</summary>
    internal IndexedDoc? Held(UInt128 key) => _analyses.GetValueOrDefault(key);

    /// <summary>The word index, once; null when already taken.</summary>
    internal ShardedIndex? TakeIndex() => Interlocked.Exchange(ref _taken, 1) == 0 ? _index : null;

    /// <summary>The head of the memo as the cache keeps it.</summary>
    public SearchHead Head => new(_language, _keys, _index.StoredShards, _index.SizedEntries);

    /// <summary>The prefixes of the shards whose words this build changed.</summary>
    public IReadOnlySet<string> Rewritten => _index.Rewritten;

    /// <summary>The words of a shard (by prefix), as the cache keeps them; null when they were to be read from a
    /// store that no longer holds them.</summary>
    public ShardWords? Words(string prefix) => _index.Words(prefix);
}

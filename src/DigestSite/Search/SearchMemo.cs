using DigestSite.Site;

namespace DigestSite.Search;

/// <summary>The search index's files, and what the next build of the same process may start from.</summary>
public sealed record SearchIndex(IReadOnlyList<OutputFile> Files, SearchMemo? Memo)
{
    /// <summary>Whether the word index was the last build's, with the digests that changed patched in.</summary>
    public bool Patched { get; init; }
}

/// <summary>
/// What a build's search index leaves for the next build in the same process (the preview keeps it between
/// saves): each digest's analysed words by a key of what they are made from (<see cref="DocAnalysis.Key"/>),
/// and the word index with its shard files (<see cref="ShardedIndex"/>). Made under the validity of the
/// words cache (the program and the settings), it is used only under the same. The next build updates the index
/// in place, so the index serves one build: taken once, a memo gives only the analyses (which it never changes).
/// </summary>
public sealed class SearchMemo
{
    private readonly byte[] _validity;
    private readonly string _language;
    private readonly IReadOnlyDictionary<UInt128, IndexedDoc> _analyses;
    private readonly IndexedDoc[] _docs;
    private ShardedIndex? _words;

    internal SearchMemo(byte[] validity, string language, IReadOnlyDictionary<UInt128, IndexedDoc> analyses, IndexedDoc[] docs, ShardedIndex words)
    {
        _validity = validity;
        _language = language;
        _analyses = analyses;
        _docs = docs;
        _words = words;
    }

    /// <summary>The digests' analyses when made for this language and validity; null otherwise.</summary>
    internal IReadOnlyDictionary<UInt128, IndexedDoc>? AnalysesFor(string language, byte[] validity) =>
        language == _language && validity.AsSpan().SequenceEqual(_validity) ? _analyses : null;

    /// <summary>The analysed digests by number and the index made of them, once; null when already taken.</summary>
    internal (IndexedDoc[] Docs, ShardedIndex Words)? TakeIndex() =>
        Interlocked.Exchange(ref _words, null) is { } words ? (_docs, words) : null;
}

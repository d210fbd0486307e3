namespace DigestSite.Search;

/// <summary>
/// The search index's share of the build cache: the memo the last build left (<see cref="SearchMemo"/>, read
/// from the cache when the index is made, and then only as far as it is needed). The memo this build makes
/// leaves with the build's result, and the cache saves it from there.
/// </summary>
/// <param name="validity">What the memo depends on besides the digests (the program, the configuration).</param>
/// <param name="stored">Reads the memo the cache holds; null when it holds none.</param>
public sealed class SearchDocCache(byte[] validity, Func<SearchMemo?> stored)
{
    private readonly Lazy<SearchMemo?> _stored = new(stored);

    /// <summary>What the memo depends on besides the digests (the program, the configuration).</summary>
    public byte[] Validity => validity;

    /// <summary>The memo the cache holds, read the first time it is asked for.</summary>
    public SearchMemo? Stored => _stored.Value;
}

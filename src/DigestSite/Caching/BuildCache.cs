namespace DigestSite.Caching;

/// <summary>
/// What the last successful build into an output folder left for the next one: per page, its render key,
/// its file's size and time, and its validation result; and the set of output paths those results were
/// checked against. Kept in <c>.digestsite/cache/</c> of the site folder (see <see cref="CacheFile"/>).
/// </summary>
public sealed class BuildCache(byte[] pathSet, IReadOnlyDictionary<string, CachedPage> pages)
{
    public static BuildCache Empty { get; } = new([], new Dictionary<string, CachedPage>());

    /// <summary>The hash of every output path of the build that wrote this cache (<see cref="CacheKeys.PathSet"/>).</summary>
    public byte[] PathSet { get; } = pathSet;

    /// <summary>By output path ("digests/x/index.html").</summary>
    public IReadOnlyDictionary<string, CachedPage> Pages { get; } = pages;
}

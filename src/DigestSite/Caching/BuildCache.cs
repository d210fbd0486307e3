using DigestSite.Topics;
using DigestSite.Site;

namespace DigestSite.Caching;

/// <summary>
/// What the last successful build into an output folder left for the next one: per input file, what parsing
/// it gave; per page, its render key, its file's size and time, and its validation result; and the set of
/// output paths those results were checked against. Kept in <c>.digestsite/cache/</c> of the site folder (see
/// <see cref="CacheStore"/>).
/// </summary>
public sealed class BuildCache(byte[] pathSet, IReadOnlyDictionary<string, CachedPage> pages, IReadOnlyDictionary<string, CachedInput> inputs)
{
    public static BuildCache Empty { get; } = new([], new Dictionary<string, CachedPage>(), new Dictionary<string, CachedInput>());

    /// <summary>By input path relative to the site folder ("input/2026-11-28-floods.txt").</summary>
    public IReadOnlyDictionary<string, CachedInput> Inputs { get; } = inputs;

    /// <summary>The hash of every output path of the build that wrote this cache (<see cref="CacheKeys.PathSet"/>).</summary>
    public byte[] PathSet { get; } = pathSet;

    /// <summary>By output path ("digests/x/index.html").</summary>
    public IReadOnlyDictionary<string, CachedPage> Pages { get; } = pages;

    /// <summary>The related digests the build ranked, under the key of what it ranked; null if none.</summary>
    public RankedRelated? Related { get; init; }

    /// <summary>The state the build's corpus step left (<see cref="TopicCorpus"/>); null if none.</summary>
    public TopicCorpusState? Topics { get; init; }

    /// <summary>Where a loaded cache came from, so that saving the next one leaves unchanged parts as they are;
    /// null for a cache not read from disk.</summary>
    internal StoredCache? Stored { get; init; }
}

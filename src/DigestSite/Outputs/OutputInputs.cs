using DigestSite.Rendering;
using DigestSite.Search;
using DigestSite.Site;
using DigestSite.Themes;

namespace DigestSite.Outputs;

/// <summary>What the outputs are made from: the site model, the theme and the planned pages' paths, never the
/// pages' bytes (so outputs are made while the pages render).</summary>
/// <param name="PagePaths">The output paths of the planned pages, in their order.</param>
/// <param name="Now">The build's "now", for the news sitemap's two-day window.</param>
public sealed record OutputInputs(SiteModel Site, Theme Theme, IReadOnlyList<string> PagePaths, DateTimeOffset Now)
{
    private readonly Lazy<FeedContent> _feeds = new(() => new FeedContent(Site));

    /// <summary>Feeds an earlier build wrote, by path and key (incremental builds).</summary>
    public OutputReuse? Reuse { get; init; }
    /// <summary>The same for the sitemap and the search index.</summary>
    public OutputReuse? ReuseIndexes { get; init; }
    /// <summary>The search index's memo as the build cache holds it, and the one this build makes (incremental builds).</summary>
    public SearchDocCache? SearchWords { get; init; }
    /// <summary>The search index's memo from the last build in this process, if any.</summary>
    public SearchMemo? SearchMemo { get; init; }

    /// <summary>The digests as feed items, shared by every feed of the build (each digest's HTML is written once).</summary>
    public FeedContent Feeds => _feeds.Value;

    /// <summary>The paths of the pages and of every output that does not give way (see <see cref="SiteOutput.GivesWay"/>).</summary>
    public IReadOnlySet<string> Taken { get; init; } = new HashSet<string>();
}

using DigestSite.Rendering;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>
/// The post-process outputs that are not templated pages: assets, feeds, sitemaps, robots.txt and the search
/// index. Each sees the whole site model, so it runs once every digest is known. Only the sitemap needs the
/// rendered pages (which of them rendered): it is made apart, once they are (<see cref="Sitemaps"/>), and the
/// rest may be made while the pages render.
/// </summary>
public static class SiteOutputs
{
    /// <param name="now">The build's "now", for the news sitemap's two-day window.</param>
    /// <param name="reuse">Feeds an earlier build wrote, by path and key (incremental builds).</param>
    /// <param name="reuseIndexes">The same for the search index.</param>
    public static IEnumerable<OutputFile> Generate(SiteModel site, Theme theme, DateTimeOffset now,
        OutputReuse? reuse = null, OutputReuse? reuseIndexes = null)
    {
        foreach (var asset in ThemeAssets.Copy(theme)) yield return asset;

        // Feeds carry every digest's full text (hundreds of topic feeds), and the sitemap and search index list every
        // page or digest: they are keyed, and an incremental build takes each from the output folder while what it
        // is made from is unchanged. The rest are cheap.
        var feeds = new FeedContent(site);
        foreach (var feed in RssFeed.Generate(site, feeds, reuse)) yield return feed;
        yield return AtomFeed.Generate(feeds, reuse);
        yield return JsonFeed.Generate(feeds, reuse);

        yield return NewsSitemap.Generate(site, now);
        yield return RobotsTxt.Generate(site);
        yield return SearchIndex.Generate(site, reuseIndexes);
    }

    /// <param name="pages">The rendered HTML pages.</param>
    /// <param name="reuseIndexes">The sitemap an earlier build wrote, by path and key (incremental builds).</param>
    public static IEnumerable<OutputFile> Sitemaps(SiteModel site, IReadOnlyList<OutputFile> pages, OutputReuse? reuseIndexes = null) =>
        Sitemap.Generate(site, pages, reuse: reuseIndexes);
}

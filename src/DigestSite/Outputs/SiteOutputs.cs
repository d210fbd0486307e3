using DigestSite.Rendering;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>
/// The post-process outputs that are not templated pages: assets, feeds, sitemaps, robots.txt and the search
/// index. Each sees the whole site model (and the rendered pages), so it runs after every digest is known.
/// </summary>
public static class SiteOutputs
{
    /// <param name="pages">The rendered HTML pages, for the sitemap.</param>
    /// <param name="now">The build's "now", for the news sitemap's two-day window.</param>
    public static IEnumerable<OutputFile> Generate(SiteModel site, Theme theme, IReadOnlyList<OutputFile> pages, DateTimeOffset now)
    {
        foreach (var asset in ThemeAssets.Copy(theme)) yield return asset;

        var feeds = new FeedContent(site);
        foreach (var feed in RssFeed.Generate(site, feeds)) yield return feed;
        yield return AtomFeed.Generate(feeds);
        yield return JsonFeed.Generate(feeds);

        foreach (var sitemap in Sitemap.Generate(site, pages)) yield return sitemap;
        yield return NewsSitemap.Generate(site, now);
        yield return RobotsTxt.Generate(site);
        yield return SearchIndex.Generate(site);
    }
}

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
    /// <param name="reuse">Feeds an earlier build wrote, by path and key (incremental builds).</param>
    /// <param name="reuseIndexes">The same for the sitemap and the search index.</param>
    public static IEnumerable<OutputFile> Generate(SiteModel site, Theme theme, IReadOnlyList<OutputFile> pages, DateTimeOffset now,
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

        foreach (var sitemap in Sitemap.Generate(site, pages, reuse: reuseIndexes)) yield return sitemap;
        yield return NewsSitemap.Generate(site, now);
        yield return RobotsTxt.Generate(site);
        yield return SearchIndex.Generate(site, reuseIndexes);
    }
}

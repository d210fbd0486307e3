using DigestSite.Rendering;
using DigestSite.Search;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>
/// The post-process outputs that are not templated pages: assets, feeds, sitemaps, robots.txt and the search
/// index. Each sees the whole site model, so it runs once every digest is known; none needs the pages' bytes, so
/// they may be made while the pages render. The sitemap lists the pages planned; should a page fail to render,
/// <see cref="SitemapsIfShort"/> makes it again from those that did.
/// </summary>
public static class SiteOutputs
{
    /// <param name="pagePaths">The output paths of the planned pages, in their order.</param>
    /// <param name="now">The build's "now", for the news sitemap's two-day window.</param>
    /// <param name="reuse">Feeds an earlier build wrote, by path and key (incremental builds).</param>
    /// <param name="reuseIndexes">The same for the sitemap and the search index.</param>
    /// <param name="searchWords">The words of each digest's sections as the last build indexed them (incremental builds).</param>
    /// <param name="search">The search index's memo from the last build in this process, if any.</param>
    /// <param name="searchMade">Receives the search index's memo for the next build.</param>
    public static IEnumerable<OutputFile> Generate(SiteModel site, Theme theme, IReadOnlyList<string> pagePaths, DateTimeOffset now,
        OutputReuse? reuse = null, OutputReuse? reuseIndexes = null, SearchDocCache? searchWords = null,
        SearchMemo? search = null, Action<SearchMemo?>? searchMade = null)
    {
        foreach (var asset in ThemeAssets.Copy(theme)) yield return asset;

        // Feeds carry every digest's full text (hundreds of topic feeds), and the sitemap and search index list every
        // page or digest: they are keyed, and an incremental build takes each from the output folder while what it
        // is made from is unchanged. The rest are cheap.
        var feeds = new FeedContent(site);
        foreach (var feed in RssFeed.Generate(site, feeds, reuse)) yield return feed;
        foreach (var feed in NewsroomOutputs.Feeds(site, feeds, reuse)) yield return feed;
        yield return AtomFeed.Generate(feeds, reuse);
        yield return JsonFeed.Generate(feeds, reuse);

        foreach (var sitemap in Sitemap.Generate(site, pagePaths, reuse: reuseIndexes)) yield return sitemap;
        yield return NewsSitemap.Generate(site, now);
        yield return RobotsTxt.Generate(site);
        var index = SearchFiles.Generate(site, searchWords, reuseIndexes, search);
        searchMade?.Invoke(index.Memo);
        foreach (var file in index.Files) yield return file;
        foreach (var file in NewsroomOutputs.Files(site, Generated(site, theme, pagePaths))) yield return file;
    }

    /// <summary>The paths of the pages and of the outputs above but the newsroom's files, which give way to them.</summary>
    private static HashSet<string> Generated(SiteModel site, Theme theme, IReadOnlyList<string> pagePaths) =>
        [.. pagePaths, .. CorePaths(site, theme, pagePaths)];

    /// <summary>The paths of the files <see cref="Generate"/> makes, known before it makes them (so that pages can
    /// be validated, links included, as soon as they are rendered). Kept in step with it by a test. The search
    /// index's files but its manifest are named by their content, known once made; no page links to them.</summary>
    public static IEnumerable<string> Paths(SiteModel site, Theme theme, IReadOnlyList<string> pagePaths) =>
        CorePaths(site, theme, pagePaths).Concat(NewsroomOutputs.FilePaths(site, Generated(site, theme, pagePaths)));

    private static IEnumerable<string> CorePaths(SiteModel site, Theme theme, IReadOnlyList<string> pagePaths)
    {
        foreach (var asset in theme.Assets) yield return asset.RelativePath;
        yield return Routes.RssFeed;
        foreach (var group in site.Topics) yield return Routes.TopicFeed(group.Topic.Slug);
        foreach (var feed in NewsroomOutputs.FeedPaths(site)) yield return feed;
        yield return Routes.AtomFeed;
        yield return Routes.JsonFeed;
        foreach (var sitemap in Sitemap.Paths(pagePaths)) yield return sitemap;
        yield return Routes.NewsSitemap;
        yield return Routes.Robots;
        yield return Routes.SearchIndex;
    }

    /// <summary>
    /// <paramref name="outputs"/> as <see cref="Generate"/> made them from the planned pages, with the sitemap
    /// made again from the pages that rendered when some did not (a template error).
    /// </summary>
    public static List<OutputFile> SitemapsIfShort(List<OutputFile> outputs, SiteModel site, int planned, IReadOnlyList<OutputFile> pages,
        OutputReuse? reuseIndexes = null)
    {
        if (pages.Count == planned) return outputs;
        var sitemaps = Sitemap.Generate(site, pages, reuse: reuseIndexes).ToList();
        return [.. outputs.Where(o => !IsSitemap(o.Path)), .. sitemaps];
    }

    /// <summary>Whether a path is the sitemap's or one of its parts' (made again by <see cref="SitemapsIfShort"/>).</summary>
    public static bool IsSitemap(string path) =>
        path == Routes.Sitemap || path.StartsWith("sitemap-", StringComparison.Ordinal) && path.EndsWith(".xml", StringComparison.Ordinal);
}

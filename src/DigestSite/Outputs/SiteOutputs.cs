using DigestSite.Search;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>
/// The outputs that are not templated pages, in the order they are made: assets, feeds, the list of feeds, sitemaps, robots.txt,
/// the search index, the newsroom's images and static files. Each sees the whole site model, so it runs once
/// every digest is known; none needs the pages' bytes, so they may be made while the pages render. The sitemap
/// lists the pages planned; should a page fail to render, <see cref="SitemapsIfShort"/> makes it again from
/// those that did. A new output file is one more entry in <see cref="All"/>; <see cref="Plan(OutputInputs)"/> works
/// out the paths of each once a build.
/// </summary>
public static class SiteOutputs
{
    /// <summary>Every output. Feeds carry every digest's full text (hundreds of topic feeds), and the sitemap and
    /// search index list every page or digest: they are keyed, and an incremental build takes each from the
    /// output folder while what it is made from is unchanged. The rest are cheap.</summary>
    public static readonly IReadOnlyList<SiteOutput> All =
    [
        new("theme assets", i => i.Theme.Assets.Select(a => a.RelativePath), i => ThemeAssets.Copy(i.Theme)),
        new("RSS feeds", i => [Routes.RssFeed, .. i.Site.Topics.Select(g => Routes.TopicFeed(g.Topic.Slug))],
            i => RssFeed.Generate(i.Site, i.Feeds, i.Reuse)),
        new("author feeds", i => NewsroomOutputs.FeedPaths(i.Site), i => NewsroomOutputs.Feeds(i.Site, i.Feeds, i.Reuse)),
        SiteOutput.One(Routes.AtomFeed, "Atom feed", i => AtomFeed.Generate(i.Feeds, i.Reuse)),
        SiteOutput.One(Routes.JsonFeed, "JSON Feed", i => JsonFeed.Generate(i.Feeds, i.Reuse)),
        SiteOutput.One(FeedsOpml.Path, "list of feeds", i => FeedsOpml.Generate(i.Site)),
        new("sitemap", i => Sitemap.Paths(i.PagePaths), i => Sitemap.Generate(i.Site, i.PagePaths, reuse: i.ReuseIndexes)),
        SiteOutput.One(Routes.NewsSitemap, "news sitemap", i => NewsSitemap.Generate(i.Site, i.Now)),
        SiteOutput.One(Routes.Robots, "robots.txt", i => RobotsTxt.Generate(i.Site)),
        new("search index", _ => [SearchFiles.Manifest], SearchIndexFiles),
        new("newsroom files", i => NewsroomOutputs.FilePaths(i.Site, i.Taken), i => NewsroomOutputs.Files(i.Site, i.Taken)) { GivesWay = true },
    ];

    /// <summary>Every output with the paths it takes for <paramref name="inputs"/>, each worked out once.</summary>
    public static OutputPlan Plan(OutputInputs inputs) => Plan(inputs, All);

    /// <summary>The outputs that give way are planned after the others, seeing the paths those and the pages take
    /// (<see cref="OutputInputs.Taken"/>).</summary>
    internal static OutputPlan Plan(OutputInputs inputs, IReadOnlyList<SiteOutput> outputs)
    {
        var paths = new IReadOnlyList<string>?[outputs.Count];
        for (var i = 0; i < outputs.Count; i++)
            if (!outputs[i].GivesWay) paths[i] = [.. outputs[i].Paths(inputs)];
        var taken = inputs.PagePaths.Concat(paths.OfType<IReadOnlyList<string>>().SelectMany(p => p));
        inputs = inputs with { Taken = new HashSet<string>(taken, StringComparer.Ordinal) };
        for (var i = 0; i < outputs.Count; i++) paths[i] ??= [.. outputs[i].Paths(inputs)];
        return new OutputPlan(inputs, [.. outputs.Select((o, i) => new PlannedOutput(o, paths[i]!))]);
    }

    /// <summary>The search index, patched from the last build's memo when there is one, with the new memo.</summary>
    private static OutputProduct SearchIndexFiles(OutputInputs inputs)
    {
        var index = SearchFiles.Generate(inputs.Site, inputs.SearchWords, inputs.ReuseIndexes, inputs.SearchMemo);
        return new OutputProduct(index.Files) { Search = index.Memo };
    }

    /// <summary>
    /// <paramref name="outputs"/> as <see cref="OutputPlan.Generate"/> made them from the planned pages, with the sitemap
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

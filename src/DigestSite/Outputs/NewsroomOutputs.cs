using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>The outputs of the newsroom features: a feed per author (<c>/authors/&lt;slug&gt;/feed.xml</c>),
/// the lead images and their copies (<c>/images/</c>), and the site's <c>static/</c> folder copied as it is
/// (a file whose path a generated file takes is left out: the generated one wins).</summary>
internal static class NewsroomOutputs
{
    public static IEnumerable<OutputFile> Feeds(SiteModel site, FeedContent feeds, OutputReuse? reuse)
    {
        var files = new OutputFile[site.Authors.Length];
        Parallel.For(0, files.Length, i =>
        {
            var group = site.Authors[i];
            var path = Routes.AuthorFeed(group.Author.Slug);
            files[i] = feeds.Produce(path, $"RSS feed of author '{group.Author.Name}'", feeds.AuthorSource(group), RssFeed.Write, reuse);
        });
        return files;
    }

    public static IEnumerable<string> FeedPaths(SiteModel site) => site.Authors.Select(g => Routes.AuthorFeed(g.Author.Slug));

    public static IEnumerable<OutputFile> Files(SiteModel site, IReadOnlySet<string> generated)
    {
        foreach (var image in site.Newsroom.Images.Files()) yield return image;
        foreach (var (path, full) in StaticCopies(site, generated))
            yield return new OutputFile(path, File.ReadAllBytes(full), $"{StaticFiles.Folder}/{path}");
    }

    public static IEnumerable<string> FilePaths(SiteModel site, IReadOnlySet<string> generated) =>
        site.Newsroom.Images.Paths.Concat(StaticCopies(site, generated).Select(f => f.OutputPath));

    /// <summary>The static files that are copied: those at a path no generated file takes.</summary>
    private static IEnumerable<(string OutputPath, string FullPath)> StaticCopies(SiteModel site, IReadOnlySet<string> generated) =>
        site.Newsroom.Static.Files.Where(f => !generated.Contains(f.OutputPath));
}

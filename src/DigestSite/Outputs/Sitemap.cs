using System.Xml;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>
/// <c>/sitemap.xml</c>: every HTML page of the build (except the 404 page) at its absolute URL, digest pages with
/// their date as <c>lastmod</c>. Past 50,000 URLs (the protocol's limit per file) <c>/sitemap.xml</c> becomes a
/// sitemap index of <c>/sitemap-1.xml</c>, <c>/sitemap-2.xml</c>, ...
/// </summary>
public static class Sitemap
{
    public const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const int MaxUrlsPerFile = 50_000;

    /// <param name="pages">The rendered pages (only their paths are used).</param>
    /// <param name="reuse">The sitemap an earlier build wrote, when its pages and their dates are unchanged
    /// (incremental builds).</param>
    public static IEnumerable<OutputFile> Generate(SiteModel site, IEnumerable<OutputFile> pages, int maxUrlsPerFile = MaxUrlsPerFile,
        OutputReuse? reuse = null) =>
        Generate(site, pages.Select(p => p.Path), maxUrlsPerFile, reuse);

    /// <param name="pagePaths">The output paths of the rendered pages, in the order the pages were planned.</param>
    public static IEnumerable<OutputFile> Generate(SiteModel site, IEnumerable<string> pagePaths, int maxUrlsPerFile = MaxUrlsPerFile,
        OutputReuse? reuse = null)
    {
        var listed = pagePaths.Where(IsListed).ToList();
        if (listed.Count <= maxUrlsPerFile)
            return [KeyedOutput.Produce(Routes.Sitemap, "sitemap", Key(site, listed), reuse, () => UrlSet(Urls(site, listed)))];

        var parts = Urls(site, listed).Chunk(maxUrlsPerFile).ToList();
        var names = PartNames(parts.Count);
        var files = new List<OutputFile> { new(Routes.Sitemap, Index(names.Select(site.Routes.Absolute)), "sitemap index") };
        for (var i = 0; i < parts.Count; i++)
            files.Add(new OutputFile(names[i], UrlSet(parts[i]), $"sitemap part {i + 1}"));
        return files;
    }

    /// <summary>The paths of the files <see cref="Generate(SiteModel, IEnumerable{string}, int, OutputReuse?)"/> makes
    /// for these pages, without making them.</summary>
    public static IEnumerable<string> Paths(IEnumerable<string> pagePaths, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        var listed = pagePaths.Count(IsListed);
        var parts = listed <= maxUrlsPerFile ? 0 : (listed + maxUrlsPerFile - 1) / maxUrlsPerFile;
        return [Routes.Sitemap, .. PartNames(parts)];
    }

    private static bool IsListed(string pagePath) => OutputFile.IsHtmlPath(pagePath) && pagePath != Routes.NotFound;

    private static List<string> PartNames(int count) => Enumerable.Range(1, count).Select(n => $"sitemap-{n}.xml").ToList();

    private static List<(string Url, DateTimeOffset? LastModified)> Urls(SiteModel site, List<string> listed)
    {
        var lastModified = site.Digests.ToDictionary(d => Routes.Digest(d.Slug), d => d.News.Updated ?? d.Date, StringComparer.Ordinal);
        return listed
            .Select(path => (Url: site.Routes.Absolute(path), LastModified: lastModified.TryGetValue(path, out var d) ? d : (DateTimeOffset?)null))
            .OrderBy(u => u.Url, StringComparer.Ordinal) // the home page first, then each folder before what is in it
            .ToList();
    }

    /// <summary>The pages listed and every digest's date: an edit that changes neither leaves the sitemap as it
    /// was. (A sitemap of several files is always written: sites that big are rare.)</summary>
    private static byte[] Key(SiteModel site, List<string> listed)
    {
        var hash = KeyedOutput.Start(Routes.Sitemap).Number(listed.Count);
        foreach (var path in listed) hash.Text(path);
        foreach (var d in site.Digests) hash.Text(d.Slug).Date(d.News.Updated ?? d.Date);
        return hash.Finish();
    }

    private static byte[] UrlSet(IEnumerable<(string Url, DateTimeOffset? LastModified)> urls) => XmlOutput.Document(w =>
    {
        w.WriteStartElement("urlset", Ns);
        foreach (var (url, lastModified) in urls)
        {
            w.WriteStartElement("url");
            w.Text("loc", url);
            if (lastModified is { } date) w.Text("lastmod", XmlOutput.Rfc3339(date));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    private static byte[] Index(IEnumerable<string> sitemapUrls) => XmlOutput.Document(w =>
    {
        w.WriteStartElement("sitemapindex", Ns);
        foreach (var url in sitemapUrls)
        {
            w.WriteStartElement("sitemap");
            w.Text("loc", url);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });
}

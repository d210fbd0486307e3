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
    public static IEnumerable<OutputFile> Generate(SiteModel site, IEnumerable<OutputFile> pages, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        var lastModified = site.Digests.ToDictionary(d => Routes.Digest(d.Slug), d => d.Date, StringComparer.Ordinal);
        var urls = pages
            .Where(p => p.IsHtml && p.Path != Routes.NotFound)
            .Select(p => (Url: site.Routes.Absolute(p.Path), LastModified: lastModified.TryGetValue(p.Path, out var d) ? d : (DateTimeOffset?)null))
            .OrderBy(u => u.Url, StringComparer.Ordinal) // the home page first, then each folder before what is in it
            .ToList();

        if (urls.Count <= maxUrlsPerFile)
        {
            yield return new OutputFile(Routes.Sitemap, UrlSet(urls), "sitemap");
            yield break;
        }

        var parts = urls.Chunk(maxUrlsPerFile).ToList();
        var names = Enumerable.Range(1, parts.Count).Select(n => $"sitemap-{n}.xml").ToList();
        yield return new OutputFile(Routes.Sitemap, Index(names.Select(site.Routes.Absolute)), "sitemap index");
        for (var i = 0; i < parts.Count; i++)
            yield return new OutputFile(names[i], UrlSet(parts[i]), $"sitemap part {i + 1}");
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

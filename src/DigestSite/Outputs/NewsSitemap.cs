using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>
/// <c>/news-sitemap.xml</c> in the Google News format: only digests published in the two days before the
/// build's "now" (newest first, at most 1,000), with the publication's name and language.
/// </summary>
public static class NewsSitemap
{
    public const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";
    public const int MaxUrls = 1_000;
    public static readonly TimeSpan Window = TimeSpan.FromDays(2);

    public static OutputFile Generate(SiteModel site, DateTimeOffset now)
    {
        var s = site.Config.Site;
        var publication = string.IsNullOrEmpty(s.Publisher) ? s.Title : s.Publisher;
        // Digests are newest first; a digest dated after "now" (built with --future) is not published yet.
        var recent = site.Digests
            .Where(d => d.Date <= now && d.Date > now - Window)
            .Take(MaxUrls)
            .ToList();

        var bytes = XmlOutput.Document(w =>
        {
            w.WriteStartElement("urlset", Sitemap.Ns);
            w.WriteAttributeString("xmlns", "news", null, NewsNs);
            foreach (var d in recent)
            {
                w.WriteStartElement("url");
                w.Text("loc", site.Routes.Absolute(Routes.Digest(d.Slug)));
                w.WriteStartElement("news", "news", NewsNs);
                w.WriteStartElement("news", "publication", NewsNs);
                w.Text("news", "name", NewsNs, publication);
                w.Text("news", "language", NewsNs, s.Language);
                w.WriteEndElement();
                w.Text("news", "publication_date", NewsNs, XmlOutput.Rfc3339(d.Date));
                w.Text("news", "title", NewsNs, d.Title);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
        return new OutputFile(Routes.NewsSitemap, bytes, "news sitemap");
    }
}

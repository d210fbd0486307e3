using System.Xml;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>
/// <c>/feeds.opml</c>: an OPML 2.0 list of the site's RSS feeds (the site feed, then one per topic under a
/// "Topics" outline), for feed readers that subscribe to a whole list at once.
/// </summary>
public static class FeedsOpml
{
    public const string Path = "feeds.opml";

    public static OutputFile Generate(SiteModel site)
    {
        var title = site.Config.Site.Title;
        var bytes = XmlOutput.Document(w =>
        {
            w.WriteStartElement("opml");
            w.WriteAttributeString("version", "2.0");
            w.WriteStartElement("head");
            w.Text("title", $"Feeds of {title}");
            w.Text("docs", "http://opml.org/spec2.opml");
            w.WriteEndElement();
            w.WriteStartElement("body");
            Feed(w, title, Routes.RssFeed, Routes.Home(1), site);
            if (site.Topics.Length > 0)
            {
                w.WriteStartElement("outline");
                w.WriteAttributeString("text", "Topics");
                foreach (var group in site.Topics)
                    Feed(w, $"{group.Topic.Name} · {title}", Routes.TopicFeed(group.Topic.Slug), Routes.Topic(group.Topic.Slug), site);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        });
        return new OutputFile(Path, bytes, "list of feeds");
    }

    private static void Feed(XmlWriter w, string title, string feedPath, string pagePath, SiteModel site)
    {
        w.WriteStartElement("outline");
        w.WriteAttributeString("type", "rss");
        w.WriteAttributeString("text", XmlOutput.Clean(title));
        w.WriteAttributeString("title", XmlOutput.Clean(title));
        w.WriteAttributeString("xmlUrl", site.Routes.Absolute(feedPath));
        w.WriteAttributeString("htmlUrl", site.Routes.Absolute(pagePath));
        w.WriteEndElement();
    }
}

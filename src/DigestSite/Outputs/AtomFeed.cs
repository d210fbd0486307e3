using System.Xml;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>Atom 1.0 (RFC 4287) at <c>/atom.xml</c>: one entry per digest, its full content as escaped HTML.</summary>
public static class AtomFeed
{
    public const string Ns = "http://www.w3.org/2005/Atom";

    public static OutputFile Generate(FeedContent content, OutputReuse? reuse = null) =>
        content.Produce(Routes.AtomFeed, "Atom feed", content.SiteSource(Routes.AtomFeed), Write, reuse);

    public static byte[] Write(FeedChannel channel) => XmlOutput.Document(w =>
    {
        w.WriteStartElement("feed", Ns);
        w.WriteAttributeString("xml", "lang", null, channel.Language);
        w.Text("id", channel.HomeUrl);
        w.Text("title", channel.Title);
        w.Text("subtitle", channel.Description);
        w.Text("updated", XmlOutput.Rfc3339(channel.Updated));
        Link(w, "self", "application/atom+xml", channel.SelfUrl);
        Link(w, "alternate", "text/html", channel.HomeUrl);
        w.WriteStartElement("author");
        w.Text("name", channel.Author);
        w.WriteEndElement();
        w.Text("generator", "DigestSite");
        foreach (var item in channel.Items) WriteEntry(w, item);
        w.WriteEndElement();
    });

    private static void WriteEntry(XmlWriter w, FeedItem item)
    {
        w.WriteStartElement("entry");
        w.Text("id", item.Url);
        w.Text("title", item.Title);
        Link(w, "alternate", "text/html", item.Url);
        w.Text("published", XmlOutput.Rfc3339(item.Date));
        w.Text("updated", XmlOutput.Rfc3339(item.Updated ?? item.Date));
        FeedNews.WriteAtomExtras(w, item);
        w.Text("summary", item.Summary);
        w.WriteStartElement("content");
        w.WriteAttributeString("type", "html");
        w.WriteString(item.ContentHtml);
        w.WriteEndElement();
        foreach (var topic in item.Topics)
        {
            w.WriteStartElement("category");
            w.WriteAttributeString("term", XmlOutput.Clean(topic));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string type, string href)
    {
        w.WriteStartElement("link");
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }
}

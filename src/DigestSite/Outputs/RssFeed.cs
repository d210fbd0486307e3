using System.Xml;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>RSS 2.0: <c>/feed.xml</c> for the site and <c>/topics/&lt;slug&gt;/feed.xml</c> per topic. The summary
/// is the item's description; the full digest is in <c>content:encoded</c>.</summary>
public static class RssFeed
{
    public const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    public const string AtomNs = "http://www.w3.org/2005/Atom";

    public static IEnumerable<OutputFile> Generate(SiteModel site, FeedContent content, OutputReuse? reuse = null)
    {
        yield return content.Produce(Routes.RssFeed, "RSS feed", content.SiteSource(Routes.RssFeed), Write, reuse);
        var topics = new OutputFile[site.Topics.Length];
        Parallel.For(0, topics.Length, i =>
        {
            var group = site.Topics[i];
            topics[i] = content.Produce(Routes.TopicFeed(group.Topic.Slug), $"RSS feed of topic '{group.Topic.Name}'",
                content.TopicSource(group), Write, reuse);
        });
        foreach (var feed in topics) yield return feed;
    }

    public static byte[] Write(FeedChannel channel) => XmlOutput.Document(w =>
    {
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteAttributeString("xmlns", "atom", null, AtomNs);
        w.WriteAttributeString("xmlns", "content", null, ContentNs);
        w.WriteStartElement("channel");
        w.Text("title", channel.Title);
        w.Text("link", channel.HomeUrl);
        w.Text("description", channel.Description);
        w.Text("language", channel.Language);
        w.Text("generator", "DigestSite");
        if (channel.Items.Count > 0) w.Text("lastBuildDate", XmlOutput.Rfc822(channel.Updated));

        w.WriteStartElement("atom", "link", AtomNs);
        w.WriteAttributeString("href", channel.SelfUrl);
        w.WriteAttributeString("rel", "self");
        w.WriteAttributeString("type", "application/rss+xml");
        w.WriteEndElement();

        foreach (var item in channel.Items) WriteItem(w, item);
        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static void WriteItem(XmlWriter w, FeedItem item)
    {
        w.WriteStartElement("item");
        w.Text("title", item.Title);
        w.Text("link", item.Url);
        w.WriteStartElement("guid");
        w.WriteAttributeString("isPermaLink", "true");
        w.WriteString(item.Url);
        w.WriteEndElement();
        w.Text("pubDate", XmlOutput.Rfc822(item.Date));
        w.Text("description", item.Summary);
        w.Text("content", "encoded", ContentNs, item.ContentHtml);
        foreach (var topic in item.Topics) w.Text("category", topic);
        w.WriteEndElement();
    }
}

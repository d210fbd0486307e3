using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>RSS 2.0: <c>/feed.xml</c> for the site and <c>/topics/&lt;slug&gt;/feed.xml</c> per topic. The summary
/// is the item's description; the full digest is in <c>content:encoded</c>. Titles and descriptions are read as
/// HTML by feed readers, so they carry the text HTML-escaped.</summary>
public static class RssFeed
{
    public const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    public const string AtomNs = "http://www.w3.org/2005/Atom";

    public static IEnumerable<OutputFile> Generate(SiteModel site, FeedContent content, OutputReuse? reuse = null)
    {
        // A digest is an item of the site feed and of each of its topics' feeds, with the same markup in each:
        // it is written once, and the feeds copy its bytes.
        var items = new ItemMarkup();
        yield return content.Produce(Routes.RssFeed, "RSS feed", content.SiteSource(Routes.RssFeed), items.Write, reuse);
        var topics = new OutputFile[site.Topics.Length];
        Parallel.For(0, topics.Length, i =>
        {
            var group = site.Topics[i];
            topics[i] = content.Produce(Routes.TopicFeed(group.Topic.Slug), $"RSS feed of topic '{group.Topic.Name}'",
                content.TopicSource(group), items.Write, reuse);
        });
        foreach (var feed in topics) yield return feed;
    }

    public static byte[] Write(FeedChannel channel) => Write(channel, null, 0);

    /// <param name="itemMarkup">Each item's markup as written before, or null to write every item here.</param>
    /// <param name="capacity">The size of the feed, when known.</param>
    private static byte[] Write(FeedChannel channel, Func<FeedItem, byte[]>? itemMarkup, int capacity) => XmlOutput.Document((w, stream) =>
    {
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteAttributeString("xmlns", "atom", null, AtomNs);
        w.WriteAttributeString("xmlns", "content", null, ContentNs);
        w.WriteAttributeString("xmlns", "dc", null, FeedNews.DublinCoreNs);
        w.WriteAttributeString("xmlns", "media", null, FeedNews.MediaNs);
        w.WriteStartElement("channel");
        w.HtmlText("title", channel.Title);
        w.Text("link", channel.HomeUrl);
        w.HtmlText("description", channel.Description);
        w.Text("language", channel.Language);
        w.Text("generator", "DigestSite");
        if (channel.Items.Count > 0) w.Text("lastBuildDate", XmlOutput.Rfc822(channel.Updated));

        w.WriteStartElement("atom", "link", AtomNs);
        w.WriteAttributeString("href", channel.SelfUrl);
        w.WriteAttributeString("rel", "self");
        w.WriteAttributeString("type", "application/rss+xml");
        w.WriteEndElement();

        if (itemMarkup is null)
        {
            foreach (var item in channel.Items) WriteItem(w, item);
        }
        else
        {
            w.Flush();
            foreach (var item in channel.Items) stream.Write(itemMarkup(item));
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }, capacity);

    /// <summary>
    /// Items' markup, each written once and copied into every feed that carries it. An item is written by the
    /// same writer and settings as a whole feed, inside a feed of the items a feed needed first, and cut out of
    /// it from the line break before its <c>&lt;item&gt;</c> to its <c>&lt;/item&gt;</c>.
    /// Inside a feed an item starts on a new line at the same depth whatever comes before it, and what follows it
    /// (the next item, or the end of the channel) starts with its own line break, so the copied bytes are those a
    /// writer would have produced in place. Safe to use from many threads.
    /// </summary>
    private sealed class ItemMarkup
    {
        private readonly ConcurrentDictionary<FeedItem, byte[]> _markup = new(ReferenceEqualityComparer.Instance);

        public byte[] Write(FeedChannel channel)
        {
            var missing = channel.Items.Where(i => !_markup.ContainsKey(i)).Distinct(ReferenceEqualityComparer.Instance).Cast<FeedItem>().ToList();
            if (missing.Count > 0) Cut(missing);
            var size = 2048 + channel.Title.Length * 3 + channel.Description.Length * 3 + channel.Items.Sum(i => _markup[i].Length);
            return RssFeed.Write(channel, i => _markup[i], size);
        }

        private static readonly byte[] ItemStart = Encoding.UTF8.GetBytes("\n    <item>");
        private static readonly byte[] ItemEnd = Encoding.UTF8.GetBytes("</item>");

        /// <summary>Writes the items as one feed, then cuts it before each item's start tag: a "&lt;" in the
        /// bytes is always markup (text escapes it), so the start tags are the only places that read so.</summary>
        private void Cut(List<FeedItem> items)
        {
            var feed = XmlOutput.Document(w =>
            {
                w.WriteStartElement("rss");
                w.WriteAttributeString("xmlns", "content", null, ContentNs);
                w.WriteAttributeString("xmlns", "dc", null, FeedNews.DublinCoreNs);
                w.WriteAttributeString("xmlns", "media", null, FeedNews.MediaNs);
                w.WriteStartElement("channel");
                foreach (var item in items) WriteItem(w, item);
                w.WriteEndElement();
                w.WriteEndElement();
            });
            var rest = feed.AsSpan(0, feed.AsSpan().LastIndexOf(ItemEnd) + ItemEnd.Length);
            var at = rest.IndexOf(ItemStart);
            foreach (var item in items)
            {
                rest = rest[at..];
                var next = rest[ItemStart.Length..].IndexOf(ItemStart);
                var length = next < 0 ? rest.Length : next + ItemStart.Length;
                _markup.TryAdd(item, rest[..length].ToArray());
                at = length;
            }
        }
    }

    private static void WriteItem(XmlWriter w, FeedItem item)
    {
        w.WriteStartElement("item");
        w.HtmlText("title", item.Title);
        w.Text("link", item.Url);
        w.WriteStartElement("guid");
        w.WriteAttributeString("isPermaLink", "true");
        w.WriteString(item.Url);
        w.WriteEndElement();
        w.Text("pubDate", XmlOutput.Rfc822(item.Date));
        w.HtmlText("description", item.Summary);
        w.Text("content", "encoded", ContentNs, item.ContentHtml);
        foreach (var topic in item.Topics) w.Text("category", topic);
        FeedNews.WriteRssExtras(w, item);
        w.WriteEndElement();
    }
}

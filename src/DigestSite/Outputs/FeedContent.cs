using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using DigestSite.Enrichment;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>One digest as every feed format shows it: plain-text fields, absolute URL and its full content as
/// an HTML fragment.</summary>
public sealed record FeedItem(
    string Title, string Url, DateTimeOffset Date, string Summary, string ContentHtml, IReadOnlyList<string> Topics);

/// <summary>What a feed is about: the whole site, or one topic. URLs are absolute.</summary>
public sealed record FeedChannel(
    string Title, string Description, string HomeUrl, string SelfUrl, string Language, string Author,
    IReadOnlyList<FeedItem> Items)
{
    /// <summary>The feed changes when its newest digest does; never the build time (output is deterministic).
    /// An empty feed says the Unix epoch rather than "now".</summary>
    public DateTimeOffset Updated => Items.Count > 0 ? Items.Max(i => i.Date) : DateTimeOffset.UnixEpoch;
}

/// <summary>
/// Turns digests into feed items. The HTML of a digest is rendered once per build, however many feeds carry it
/// (the site feed and each of its topics' feeds); safe to use from many threads.
/// </summary>
public sealed class FeedContent(SiteModel site)
{
    private readonly ConcurrentDictionary<string, FeedItem> _items = new(StringComparer.Ordinal);

    public string Author => string.IsNullOrEmpty(site.Config.Site.Publisher) ? site.Config.Site.Title : site.Config.Site.Publisher;

    /// <summary>The newest <c>feeds.items</c> of <paramref name="digests"/> (which are newest first).</summary>
    public IReadOnlyList<FeedItem> Newest(IEnumerable<EnrichedDigest> digests) =>
        digests.Take(Math.Max(0, site.Config.Feeds.Items)).Select(Item).ToList();

    public FeedItem Item(EnrichedDigest d) => _items.GetOrAdd(d.Slug, _ => new FeedItem(
        d.Title, site.Routes.Absolute(Routes.Digest(d.Slug)), d.Date, d.Summary, Html(d),
        d.Topics.Select(t => t.Name).ToList()));

    /// <summary>The digest's sections as HTML, written by an XML writer so that every text is escaped; the
    /// result is also valid HTML (no self-closed elements).</summary>
    public static string Html(EnrichedDigest d)
    {
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { ConformanceLevel = ConformanceLevel.Fragment, OmitXmlDeclaration = true };
        using (var w = XmlWriter.Create(sb, settings))
        {
            foreach (var section in d.Content.Sections)
            {
                w.WriteStartElement("section");
                if (section.IsStory)
                {
                    Element(w, "h2", section.Label);
                }
                else
                {
                    w.WriteStartElement("p");
                    Element(w, "strong", section.Label);
                    w.WriteFullEndElement();
                    Element(w, "h2", section.Headline);
                }
                foreach (var paragraph in section.Paragraphs) Element(w, "p", paragraph);
                w.WriteFullEndElement();
            }
            if (Uri.TryCreate(d.Source, UriKind.Absolute, out var source) && source.Scheme is "http" or "https")
            {
                w.WriteStartElement("p");
                w.WriteString("Source: ");
                w.WriteStartElement("a");
                w.WriteAttributeString("href", XmlOutput.Clean(d.Source!));
                w.WriteString(source.Host);
                w.WriteFullEndElement();
                w.WriteFullEndElement();
            }
        }
        return sb.ToString();
    }

    private static void Element(XmlWriter w, string name, string text)
    {
        w.WriteStartElement(name);
        w.WriteString(XmlOutput.Clean(text));
        w.WriteFullEndElement();
    }

    public FeedChannel SiteChannel(string selfPath)
    {
        var s = site.Config.Site;
        var description = string.IsNullOrEmpty(s.Description) ? $"The latest news digests from {s.Title}." : s.Description;
        return new FeedChannel(s.Title, description, site.Routes.Absolute(Routes.Home(1)), site.Routes.Absolute(selfPath),
            s.Language, Author, Newest(site.Digests));
    }

    public FeedChannel TopicChannel(TopicGroup group)
    {
        var s = site.Config.Site;
        var t = group.Topic;
        return new FeedChannel($"{t.Name} · {s.Title}", $"News digests about {t.Name} from {s.Title}.",
            site.Routes.Absolute(Routes.Topic(t.Slug)), site.Routes.Absolute(Routes.TopicFeed(t.Slug)),
            s.Language, Author, Newest(group.Digests));
    }
}

using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using DigestSite.Enrichment;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>One digest as every feed format shows it: plain-text fields, absolute URL and its full content as
/// an HTML fragment.</summary>
public sealed record FeedItem(
    string Title, string Url, DateTimeOffset Date, string Summary, string ContentHtml, IReadOnlyList<string> Topics)
{
    /// <summary>The last update, or null (the published date stands).</summary>
    public DateTimeOffset? Updated { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public FeedImage? Image { get; init; }
}

/// <summary>A feed item's lead image: absolute URL, media type and size in bytes (0 when unknown).</summary>
public sealed record FeedImage(string Url, string MediaType, long Length);

/// <summary>What a feed is about: the whole site, or one topic. URLs are absolute. (A feed's key names each of
/// these fields but the items, which are its digests: see <see cref="FeedContent"/>.)</summary>
public sealed record FeedChannel(
    string Title, string Description, string HomeUrl, string SelfUrl, string Language, string Author,
    IReadOnlyList<FeedItem> Items)
{
    /// <summary>The feed changes when its newest digest does; never the build time (output is deterministic).
    /// An empty feed says the Unix epoch rather than "now".</summary>
    public DateTimeOffset Updated
    {
        get
        {
            var updated = DateTimeOffset.UnixEpoch;
            for (var i = 0; i < Items.Count; i++)
                if (i == 0 || (Items[i].Updated ?? Items[i].Date) > updated) updated = Items[i].Updated ?? Items[i].Date;
            return updated;
        }
    }
}

/// <summary>What a feed is made of before its items are: the channel's own fields and the digests it carries.</summary>
public sealed record FeedSource(FeedChannel Header, IReadOnlyList<EnrichedDigest> Digests);

/// <summary>
/// Turns digests into feed items. The HTML of a digest is rendered once per build, however many feeds carry it
/// (the site feed and each of its topics' feeds); safe to use from many threads. Each feed has a key (its
/// path, channel fields and the identities of its digests), so an incremental build rewrites only the feeds
/// whose digests changed.
/// </summary>
public sealed class FeedContent(SiteModel site)
{
    private readonly ConcurrentDictionary<string, FeedItem> _items = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<EnrichedDigest, byte[]> _identities = new(ReferenceEqualityComparer.Instance);

    /// <summary>The feed at <paramref name="path"/>: reused when <paramref name="reuse"/> has it under the same
    /// key, else written by <paramref name="write"/>.</summary>
    public OutputFile Produce(string path, string origin, FeedSource source, Func<FeedChannel, byte[]> write, OutputReuse? reuse) =>
        KeyedOutput.Produce(path, origin, Key(path, source), reuse,
            () => write(source.Header with { Items = source.Digests.Select(Item).ToList() }));

    private byte[] Key(string path, FeedSource source)
    {
        var header = source.Header; // its items are the digests below
        var hash = KeyedOutput.Start(path).Text(header.Title).Text(header.Description).Text(header.HomeUrl).Text(header.SelfUrl)
            .Text(header.Language).Text(header.Author).Number(source.Digests.Count);
        FeedNews.AddKey(hash, site, source.Digests);
        // A digest goes by its identity when its bytes are known, worked out once however many feeds carry it;
        // else by a walk of it (kept by ModelFingerprint, so each is walked once too).
        foreach (var d in source.Digests)
        {
            if (d.ContentHash is not null) hash.Bytes(_identities.GetOrAdd(d, static (d, site) => DigestIdentity.Of(site, d)!, site));
            else hash.Model(d);
        }
        return hash.Finish();
    }

    public string Author => string.IsNullOrEmpty(site.Config.Site.Publisher) ? site.Config.Site.Title : site.Config.Site.Publisher;

    /// <summary>The newest <c>feeds.items</c> of <paramref name="digests"/> (which are newest first).</summary>
    private IReadOnlyList<EnrichedDigest> Newest(IEnumerable<EnrichedDigest> digests) =>
        digests.Take(Math.Max(0, site.Config.Feeds.Items)).ToList();

    public FeedItem Item(EnrichedDigest d) => _items.GetOrAdd(d.Slug, _ => new FeedItem(
        d.Title, site.Routes.Absolute(Routes.Digest(d.Slug)), d.Date, d.Summary, Html(d, site),
        d.Topics.Select(t => t.Name).ToList()) { Updated = d.News.Updated, Authors = [.. d.News.Authors.Select(a => a.Name)], Image = FeedNews.Image(site, d) });

    /// <summary>The digest's sections as HTML, written by an XML writer so that every text is escaped; the
    /// result is also valid HTML (no self-closed elements).</summary>
    public static string Html(EnrichedDigest d, SiteModel? site = null) => Fragment(w =>
    {
        FeedNews.WriteLead(w, d, site);
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
            foreach (var paragraph in section.Paragraphs) FeedNews.Paragraph(w, paragraph);
            w.WriteFullEndElement();
        }
        FeedNews.WriteSources(w, d, site);
    });

    /// <summary>The text of an XML fragment (a feed item's content, escaped as XML).</summary>
    private static string Fragment(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, FragmentSettings)) write(writer);
        return text.ToString();
    }

    private static readonly XmlWriterSettings FragmentSettings = new() { ConformanceLevel = ConformanceLevel.Fragment, OmitXmlDeclaration = true };

    internal static void Element(XmlWriter w, string name, string text)
    {
        w.WriteStartElement(name);
        w.WriteString(XmlOutput.Clean(text));
        w.WriteFullEndElement();
    }

    public FeedSource SiteSource(string selfPath)
    {
        var s = site.Config.Site;
        var description = string.IsNullOrEmpty(s.Description) ? $"The latest news digests from {s.Title}." : s.Description;
        return new FeedSource(new FeedChannel(s.Title, description, site.Routes.Absolute(Routes.Home(1)), site.Routes.Absolute(selfPath),
            s.Language, Author, []), Newest(site.Digests));
    }

    public FeedSource AuthorSource(AuthorGroup group)
    {
        var s = site.Config.Site;
        var a = group.Author;
        var title = $"{a.Name} · {s.Title}";
        return new FeedSource(new FeedChannel(title, a.Bio.Length > 0 ? a.Bio : title,
            site.Routes.Absolute(Routes.Author(a.Slug)), site.Routes.Absolute(Routes.AuthorFeed(a.Slug)),
            s.Language, a.Name, []), Newest(group.Digests));
    }

    public FeedSource TopicSource(TopicGroup group)
    {
        var s = site.Config.Site;
        var t = group.Topic;
        return new FeedSource(new FeedChannel($"{t.Name} · {s.Title}", $"News digests about {t.Name} from {s.Title}.",
            site.Routes.Absolute(Routes.Topic(t.Slug)), site.Routes.Absolute(Routes.TopicFeed(t.Slug)),
            s.Language, Author, []), Newest(group.Digests));
    }
}

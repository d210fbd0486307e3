using System.Xml;
using DigestSite.Content.Markup;
using DigestSite.Enrichment;
using DigestSite.Site;
using DigestSite.Themes;

namespace DigestSite.Outputs;

/// <summary>
/// What the newsroom features add to feeds: each item's authors, last update and lead image (absolute URL:
/// RSS <c>enclosure</c> and <c>media:content</c>, an Atom <c>enclosure</c> link, JSON Feed <c>image</c>), and
/// in each item's HTML the lead image, links and emphasis of its paragraphs, and its sources.
/// </summary>
internal static class FeedNews
{
    public const string MediaNs = "http://search.yahoo.com/mrss/";

    public static FeedImage? Image(SiteModel site, EnrichedDigest d)
    {
        if (site.Newsroom.Images.For(d) is not { } image) return null;
        var length = image.Variants.Length > 0 && image.Width > 0 ? image.LengthOfLargest : 0;
        return new FeedImage(image.AbsoluteUrl, image.MediaType.Length > 0 ? image.MediaType : MediaTypeOf(image.AbsoluteUrl), length);
    }

    /// <summary>What a feed's items take from the site besides their digests' identities: each digest's image
    /// (its file's hash is in its name) and the words around the sources.</summary>
    public static void AddKey(KeyHash hash, SiteModel site, IReadOnlyList<EnrichedDigest> digests)
    {
        hash.Text(site.Newsroom.Strings["source"]).Text(site.Newsroom.Strings["sources"]);
        foreach (var d in digests)
            if (Image(site, d) is { } image) hash.Text(image.Url).Number(image.Length);
            else hash.Text(null);
    }

    public static void Paragraph(XmlWriter w, string paragraph)
    {
        w.WriteStartElement("p");
        w.WriteRaw(InlineMarkdown.ToHtml(XmlOutput.Clean(paragraph)));
        w.WriteFullEndElement();
    }

    public static void WriteLead(XmlWriter w, EnrichedDigest d, SiteModel? site)
    {
        if (site?.Newsroom.Images.For(d) is not { } image || d.News.Image is not { } lead) return;
        w.WriteStartElement("figure");
        w.WriteStartElement("img");
        w.WriteAttributeString("src", XmlOutput.Clean(image.AbsoluteUrl));
        w.WriteAttributeString("alt", XmlOutput.Clean(lead.Alt));
        if (image.Width > 0)
        {
            w.WriteAttributeString("width", image.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("height", image.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        w.WriteEndElement(); // an empty img: XmlWriter writes "<img ... />", which HTML reads as <img>
        var caption = string.Join(" ", new[] { lead.Caption, lead.Credit }.Where(t => t.Length > 0));
        if (caption.Length > 0) FeedContent.Element(w, "figcaption", caption);
        w.WriteFullEndElement();
    }

    public static void WriteSources(XmlWriter w, EnrichedDigest d, SiteModel? site)
    {
        var sources = d.News.Sources;
        if (sources.IsEmpty) return;
        var strings = site?.Newsroom.Strings ?? ThemeStrings.English;
        w.WriteStartElement("p");
        w.WriteString(sources.Length == 1 ? strings["source"] : strings["sources"]);
        w.WriteString(": ");
        for (var i = 0; i < sources.Length; i++)
        {
            if (i > 0) w.WriteString(", ");
            if (ContentUrls.IsAbsoluteHttp(sources[i].Url))
            {
                w.WriteStartElement("a");
                w.WriteAttributeString("href", XmlOutput.Clean(sources[i].Url!));
                w.WriteString(XmlOutput.Clean(sources[i].Title));
                w.WriteFullEndElement();
            }
            else w.WriteString(XmlOutput.Clean(sources[i].Title));
        }
        w.WriteFullEndElement();
    }

    /// <summary>RSS: <c>author</c> is an e-mail address there, so the names go in Dublin Core's
    /// <c>dc:creator</c>; the image is an <c>enclosure</c> (when its size is known) and <c>media:content</c>.</summary>
    public static void WriteRssExtras(XmlWriter w, FeedItem item)
    {
        foreach (var author in item.Authors) w.Text("dc", "creator", DublinCoreNs, XmlOutput.Clean(author));
        if (item.Image is not { } image) return;
        if (image.Length > 0)
        {
            w.WriteStartElement("enclosure");
            w.WriteAttributeString("url", XmlOutput.Clean(image.Url));
            w.WriteAttributeString("length", image.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("type", image.MediaType);
            w.WriteEndElement();
        }
        w.WriteStartElement("media", "content", MediaNs);
        w.WriteAttributeString("url", XmlOutput.Clean(image.Url));
        w.WriteAttributeString("medium", "image");
        if (image.MediaType.Length > 0) w.WriteAttributeString("type", image.MediaType);
        w.WriteEndElement();
    }

    public const string DublinCoreNs = "http://purl.org/dc/elements/1.1/";

    /// <summary>Atom: an <c>author</c> per name (else the feed's author stands) and the image as an
    /// <c>enclosure</c> link.</summary>
    public static void WriteAtomExtras(XmlWriter w, FeedItem item)
    {
        foreach (var author in item.Authors)
        {
            w.WriteStartElement("author");
            w.Text("name", XmlOutput.Clean(author));
            w.WriteEndElement();
        }
        if (item.Image is not { } image) return;
        w.WriteStartElement("link");
        w.WriteAttributeString("rel", "enclosure");
        if (image.MediaType.Length > 0) w.WriteAttributeString("type", image.MediaType);
        w.WriteAttributeString("href", XmlOutput.Clean(image.Url));
        if (image.Length > 0) w.WriteAttributeString("length", image.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    private static string MediaTypeOf(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jpg" or ".jpeg" => "image/jpeg",
            ".png" => "image/png",
            ".webp" => "image/webp",
            ".gif" => "image/gif",
            ".avif" => "image/avif",
            ".svg" => "image/svg+xml",
            _ => "",
        };
    }
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using DigestSite.Enrichment;
using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>JSON-LD for search engines, written by a JSON writer (its default encoder escapes &lt; and &gt;,
/// so the result is safe inside a script element).</summary>
public static class StructuredData
{
    public static string NewsArticle(EnrichedDigest d, SiteModel site)
    {
        var publisherName = string.IsNullOrEmpty(site.Config.Site.Publisher) ? site.Config.Site.Title : site.Config.Site.Publisher;
        var url = site.Routes.Absolute(Routes.Digest(d.Slug));
        // Written member by member (one per digest page, 4,000 at a time): a dictionary of objects made the
        // serializer look up a converter for every value.
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", d.Title.Length > 110 ? Summary.Cut(d.Title, 110) : d.Title);
            json.WriteString("datePublished", ViewFactory.DateIso(d.Date));
            json.WriteString("dateModified", ViewFactory.DateIso(d.News.Updated ?? d.Date));
            json.WriteString("description", d.Summary);
            json.WriteString("url", url);
            json.WriteString("mainEntityOfPage", url);
            json.WriteStartArray("keywords");
            foreach (var topic in d.Topics) json.WriteStringValue(topic.Name);
            json.WriteEndArray();
            json.WriteString("inLanguage", site.Config.Site.Language);
            if (d.News.Authors.IsEmpty) Organization(json, "author", publisherName);
            else NewsStructuredData.Authors(json, d, site);
            Organization(json, "publisher", publisherName);
            // The kicker (first section label after the story) is the digest's section; a story-only digest falls
            // back to its first topic, and one with neither has no section rather than an empty one.
            var section = ViewFactory.Kicker(d) is { Length: > 0 } kicker ? kicker : d.Topics.FirstOrDefault()?.Name;
            if (!string.IsNullOrEmpty(section)) json.WriteString("articleSection", section);
            NewsStructuredData.ImageAndSources(json, d, site);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Organization(Utf8JsonWriter json, string property, string name)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", "Organization");
        json.WriteString("name", name);
        json.WriteEndObject();
    }

    public static string AbsoluteImage(string image, SiteModel site) =>
        Uri.TryCreate(image, UriKind.Absolute, out _) ? image : site.Routes.BaseUrl + image.TrimStart('/');
}

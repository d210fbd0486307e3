using System.Text.Json;
using DigestSite.Enrichment;
using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>JSON-LD for search engines, written by a JSON serializer (its default encoder escapes &lt; and &gt;,
/// so the result is safe inside a script element).</summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string NewsArticle(EnrichedDigest d, SiteModel site)
    {
        var publisherName = string.IsNullOrEmpty(site.Config.Site.Publisher) ? site.Config.Site.Title : site.Config.Site.Publisher;
        var url = site.Routes.Absolute(Routes.Digest(d.Slug));
        var article = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = d.Title.Length > 110 ? Summary.Cut(d.Title, 110) : d.Title,
            ["datePublished"] = ViewFactory.DateIso(d.Date),
            ["dateModified"] = ViewFactory.DateIso(d.Date),
            ["description"] = d.Summary,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["keywords"] = d.Topics.Select(t => t.Name).ToArray(),
            ["inLanguage"] = site.Config.Site.Language,
            ["author"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = publisherName },
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = publisherName },
        };
        // The kicker (first section label after the story) is the digest's section; a story-only digest falls
        // back to its first topic, and one with neither has no section rather than an empty one.
        var section = ViewFactory.Kicker(d) is { Length: > 0 } kicker ? kicker : d.Topics.FirstOrDefault()?.Name;
        if (!string.IsNullOrEmpty(section)) article["articleSection"] = section;
        if (!string.IsNullOrEmpty(d.Image)) article["image"] = AbsoluteImage(d.Image, site);
        if (!string.IsNullOrEmpty(d.Source)) article["isBasedOn"] = d.Source;
        return JsonSerializer.Serialize(article, Options);
    }

    public static string AbsoluteImage(string image, SiteModel site) =>
        Uri.TryCreate(image, UriKind.Absolute, out _) ? image : site.Routes.BaseUrl + image.TrimStart('/');
}

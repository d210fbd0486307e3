using System.Text.Json;
using DigestSite.Content.Markup;
using DigestSite.Enrichment;
using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>The JSON-LD of the newsroom features: authors as <c>Person</c>, the lead image (absolute), the
/// sources a digest is based on, and its correction.</summary>
internal static class NewsStructuredData
{
    public static void Authors(Utf8JsonWriter json, EnrichedDigest d, SiteModel site)
    {
        json.WriteStartArray("author");
        foreach (var a in d.News.Authors)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Person");
            json.WriteString("name", a.Name);
            json.WriteString("url", site.Routes.Absolute(Routes.Author(a.Slug)));
            if (ContentUrls.IsAbsoluteHttp(a.Url)) json.WriteString("sameAs", a.Url);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static void ImageAndSources(Utf8JsonWriter json, EnrichedDigest d, SiteModel site)
    {
        if (site.Newsroom.Images.For(d) is { } image)
        {
            json.WriteStartObject("image");
            json.WriteString("@type", "ImageObject");
            json.WriteString("url", image.AbsoluteUrl);
            if (image.Width > 0)
            {
                json.WriteNumber("width", image.Width);
                json.WriteNumber("height", image.Height);
            }
            if (d.News.Image is { Caption.Length: > 0 } lead) json.WriteString("caption", lead.Caption);
            json.WriteEndObject();
        }
        var sources = d.News.Sources.Where(s => ContentUrls.IsAbsoluteHttp(s.Url)).Select(s => s.Url!).ToList();
        if (sources.Count == 1) json.WriteString("isBasedOn", sources[0]);
        else if (sources.Count > 1)
        {
            json.WriteStartArray("isBasedOn");
            foreach (var s in sources) json.WriteStringValue(s);
            json.WriteEndArray();
        }
        if (d.News.Correction is { } correction) json.WriteString("correction", correction);
    }
}

using System.Text.Json;
using DigestSite.Pages;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary><c>/search-index.json</c>: one entry per digest (newest first) for the search page's script. URLs are
/// root-relative links, like every link between pages.</summary>
public static class SearchIndex
{
    private static readonly JsonSerializerOptions Options = new(JsonFeed.Options) { WriteIndented = false };

    public static OutputFile Generate(SiteModel site)
    {
        var entries = site.Digests.Select(d => new Entry(
            d.Title, site.Routes.Link(Routes.Digest(d.Slug)), ViewFactory.DateIso(d.Date),
            d.Topics.Select(t => t.Name).ToList(), d.Summary)).ToList();
        return new OutputFile(Routes.SearchIndex, JsonSerializer.SerializeToUtf8Bytes(entries, Options), "search index");
    }

    internal sealed record Entry(string Title, string Url, string Date, IReadOnlyList<string> Topics, string Summary);
}

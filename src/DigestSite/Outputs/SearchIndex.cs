using System.Text.Json;
using DigestSite.Pages;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary><c>/search-index.json</c>: one entry per digest (newest first) for the search page's script. URLs are
/// root-relative links, like every link between pages.</summary>
public static class SearchIndex
{
    private static readonly JsonSerializerOptions Options = new(JsonFeed.Options) { WriteIndented = false };

    /// <param name="reuse">The index an earlier build wrote, when what it shows is unchanged (incremental builds).</param>
    public static OutputFile Generate(SiteModel site, OutputReuse? reuse = null) =>
        KeyedOutput.Produce(Routes.SearchIndex, "search index", Key(site), reuse, () => Write(site));

    private static byte[] Write(SiteModel site)
    {
        var entries = site.Digests.Select(d => new Entry(
            d.Title, site.Routes.Link(Routes.Digest(d.Slug)), ViewFactory.DateIso(d.Date),
            d.Topics.Select(t => t.Name).ToList(), d.Summary)).ToList();
        return JsonSerializer.SerializeToUtf8Bytes(entries, Options);
    }

    /// <summary>What each entry is made from, digest by digest: an edit below a digest's first paragraph, the
    /// usual one, leaves the index as it was.</summary>
    private static byte[] Key(SiteModel site)
    {
        var hash = KeyedOutput.Start(Routes.SearchIndex);
        foreach (var d in site.Digests)
        {
            hash.Text(d.Title).Text(d.Slug).Date(d.Date).Number(d.Topics.Length);
            foreach (var t in d.Topics) hash.Text(t.Name);
            hash.Text(d.Summary);
        }
        return hash.Finish();
    }

    internal sealed record Entry(string Title, string Url, string Date, IReadOnlyList<string> Topics, string Summary);
}

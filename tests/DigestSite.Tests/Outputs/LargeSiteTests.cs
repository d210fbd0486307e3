using System.Text.Json;
using System.Xml.Linq;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Outputs;

/// <summary>More than 1,000 digests: Scriban stops loops at 1,000 iterations by default, and the news sitemap
/// holds at most 1,000 URLs.</summary>
public sealed class LargeSiteTests : IDisposable
{
    private readonly TempSite _site = new("site:\n  baseUrl: \"https://big.example.org/\"\npageSize: 5000\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_site_of_1100_digests_builds_every_list_and_output()
    {
        // All 1,100 dated within the day before "now", so all of them are news-sitemap candidates too.
        OutputSites.Generate(_site.Input, 1100, "--start", "2026-11-27", "--days", "1");
        var result = _site.Build();
        Assert.True(result.Errors == 0, string.Join("\n", result.Diagnostics.Take(20)));
        Assert.Equal(1100, result.Site!.Digests.Length);

        // One page lists all 1,100 (a template loop past Scriban's default limit).
        var home = Html.Parse(_site.ReadOutput("index.html"));
        Assert.Equal(1100, home.QuerySelectorAll("[data-digest-summary]").Length);
        var month = Html.Parse(_site.ReadOutput("archive/2026/11/index.html"));
        Assert.Equal(1100, month.QuerySelectorAll("[data-digest-summary]").Length);

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Equal(1000, OutputSites.Xml(_site, "news-sitemap.xml").Root!.Elements(sm + "url").Count());
        var htmlPages = result.Files.Count(f => f.IsHtml);
        Assert.Equal(htmlPages - 1, OutputSites.Xml(_site, "sitemap.xml").Root!.Elements(sm + "url").Count());

        Assert.Equal(50, OutputSites.Xml(_site, "feed.xml").Root!.Element("channel")!.Elements("item").Count());
        Assert.Equal(1100, new DigestSite.Tests.Search.SearchOutput(_site.Output).Records().Count);
    }
}

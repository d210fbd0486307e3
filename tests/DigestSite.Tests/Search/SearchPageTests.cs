using System.Text.Json;
using System.Text.Json.Nodes;
using DigestSite.Tests.Outputs;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Search;

/// <summary>A small site built under a base path, for the search page and its index.</summary>
public sealed class SearchSite : IDisposable
{
    public const string Hostile = "Quay <img src=x onerror=\"document.title='pwned'\"> repairs begin";

    public SearchSite()
    {
        Site = new TempSite("site:\n  title: \"Search Test News\"\n  baseUrl: \"https://example.org/news/\"\n");
        Site.AddDigest("a.txt", OutputSites.Digest("Ferry fares fall for island pensioners", "2026-11-20", ["Ferries", "Scotland"]));
        Site.AddDigest("b.txt", OutputSites.Digest("Cocoa growers win a fair price deal", "2026-11-10", ["São Tomé and Príncipe", "Cocoa"]));
        Site.AddDigest("c.txt", OutputSites.Digest(Hostile, "2026-11-01", ["Ports"]));
        Site.AddDigest("d.txt", OutputSites.Digest("Night ferry returns to the northern isles", "2026-10-05", ["Ferries"],
            story: "Island councils celebrated as the overnight crossing resumed after a winter without service."));
        var result = Site.Build();
        Assert.True(result.Errors == 0, string.Join("\n", result.Diagnostics));
    }

    public TempSite Site { get; }

    public void Dispose() => Site.Dispose();
}

public sealed class SearchPageTests(SearchSite fixture) : IClassFixture<SearchSite>
{
    private readonly TempSite _site = fixture.Site;

    [Fact]
    public void Index_has_a_record_of_every_digest_with_title_url_date_topics_summary_and_text()
    {
        var entries = new DigestSite.Tests.Search.SearchOutput(_site.Output).Records(); // oldest first
        Assert.Equal(4, entries.Count);
        var cocoa = entries[2];
        Assert.Equal("Cocoa growers win a fair price deal", cocoa.GetProperty("t").GetString());
        Assert.Equal("/news/digests/cocoa-growers-win-a-fair-price-deal/", cocoa.GetProperty("u").GetString());
        Assert.Equal("2026-11-10T00:00:00+00:00", cocoa.GetProperty("d").GetString());
        Assert.Equal(["São Tomé and Príncipe", "Cocoa"], cocoa.GetProperty("k").EnumerateArray().Select(t => t.GetString()));
        Assert.StartsWith("A council of regional officials", cocoa.GetProperty("s").GetString());
        Assert.Contains("Officials describe the next steps in detail", cocoa.GetProperty("x").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public void Without_javascript_the_form_leads_to_the_topic_index_and_the_page_offers_the_archive()
    {
        var doc = Html.Parse(_site.ReadOutput("search/index.html"));
        var fallback = doc.QuerySelector("[data-search-fallback]")!;
        Assert.False(fallback.HasAttribute("hidden"));
        var links = fallback.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/news/archive/", links);
        Assert.Contains("/news/topics/", links);
        Assert.Contains("/news/topics/ferries/", links);
        var form = doc.QuerySelector("[data-search-form]")!;
        Assert.False(form.HasAttribute("hidden"));
        Assert.Equal("/news/topics/", form.GetAttribute("action"));
        Assert.Equal("/news/search/manifest.json", doc.QuerySelector("[data-search]")!.GetAttribute("data-index-url"));
        Assert.Equal("/news/assets/search.js", doc.QuerySelector("script[src]")!.GetAttribute("src"));
    }

    [Fact]
    public async Task In_a_browser_without_javascript_the_fallback_shows()
    {
        await using var server = await StaticSiteServer.StartAsync(_site.Output, "/news/");
        await using var browser = await HeadlessChromium.StartAsync(javaScript: false);
        await browser.NavigateAsync(server.Root + "/news/search/");
        await browser.WaitForAsync("document.readyState === 'complete' && !!document.querySelector('[data-search-fallback]')");
        Assert.True((bool)(await browser.EvaluateAsync("document.querySelector('[data-search-fallback]').offsetHeight > 0"))!);
        Assert.True((bool)(await browser.EvaluateAsync("document.querySelector('[data-search-form]').offsetHeight > 0"))!);
    }

    [Fact]
    public async Task Results_follow_what_the_reader_types()
    {
        await using var server = await StaticSiteServer.StartAsync(_site.Output, "/news/");
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.NavigateAsync(server.Root + "/news/search/");
        await browser.WaitForAsync("!!document.querySelector('[data-search-status]') && /Type a word/.test(document.querySelector('[data-search-status]').textContent)");
        // The fallback is in <noscript>: not there when scripts run.
        Assert.True((bool)(await browser.EvaluateAsync("document.querySelector('[data-search-fallback]') === null"))!);

        Assert.Equal(["Ferry fares fall for island pensioners", "Night ferry returns to the northern isles"], await TypeAsync(browser, "ferry"));
        // Every word must match, whole or by its start; accents do not matter.
        Assert.Equal(["Night ferry returns to the northern isles"], await TypeAsync(browser, "ferry night"));
        Assert.Equal(["Cocoa growers win a fair price deal"], await TypeAsync(browser, "sao tome"));
        Assert.Empty(await TypeAsync(browser, "volcano"));
        Assert.Equal("No digest matches \u201cvolcano\u201d.", (string?)await browser.EvaluateAsync("document.querySelector('[data-search-status]').textContent"));

        // Digest text is shown as text, never run as markup.
        Assert.Equal([SearchSite.Hostile], await TypeAsync(browser, "onerror"));
        Assert.Equal(0, (int)(await browser.EvaluateAsync("document.querySelectorAll('[data-search-results] img').length"))!);
        Assert.Equal("Search · Search Test News", (string?)await browser.EvaluateAsync("document.title"));

        await TypeAsync(browser, "cocoa");
        var href = (string?)await browser.EvaluateAsync("document.querySelector('[data-search-results] a').getAttribute('href')");
        Assert.Equal("/news/digests/cocoa-growers-win-a-fair-price-deal/", href);
        Assert.EndsWith("/news/search/?q=cocoa", (string?)await browser.EvaluateAsync("location.href"));
    }

    [Fact]
    public async Task A_query_in_the_address_is_searched_on_load()
    {
        await using var server = await StaticSiteServer.StartAsync(_site.Output, "/news/");
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.NavigateAsync(server.Root + "/news/search/?q=pensioners");
        await browser.WaitForAsync("document.querySelectorAll('[data-search-results] li').length > 0");
        Assert.Equal(["Ferry fares fall for island pensioners"], Titles(await browser.EvaluateAsync(TitlesScript)));
        Assert.Equal("pensioners", (string?)await browser.EvaluateAsync("document.querySelector('[data-search-input]').value"));
    }

    private const string TitlesScript = "[...document.querySelectorAll('[data-search-results] li a')].map(a => a.textContent)";

    /// <summary>Types a query and waits until the page shows its results (the script marks the query shown).</summary>
    private static async Task<List<string>> TypeAsync(HeadlessChromium browser, string text)
    {
        var json = JsonSerializer.Serialize(text);
        await browser.EvaluateAsync($"(() => {{ const i = document.querySelector('[data-search-input]'); i.value = {json}; i.dispatchEvent(new Event('input', {{ bubbles: true }})); }})()");
        await browser.WaitForAsync($"document.querySelector('[data-search]').getAttribute('data-search-shown') === {json}");
        return Titles(await browser.EvaluateAsync(TitlesScript));
    }

    private static List<string> Titles(JsonNode? node) => node!.AsArray().Select(n => (string)n!).ToList();
}

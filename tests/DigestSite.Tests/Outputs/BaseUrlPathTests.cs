using System.Text.Json;
using System.Xml.Linq;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Outputs;

/// <summary>A site published under a path (GitHub project pages): every link, feed and sitemap must carry it.</summary>
public sealed class BaseUrlPathTests : IDisposable
{
    private const string Base = "https://user.github.io/news/";
    private readonly TempSite _site = new("site:\n  title: \"Project Pages News\"\npageSize: 1\ntopics:\n  minDigests: 1\n");

    public BaseUrlPathTests()
    {
        _site.AddDigest("a.txt", OutputSites.Digest("Library opens a night reading room", "2026-11-27", ["Libraries"],
            source: "https://wire.example.com/library"));
        _site.AddDigest("b.txt", OutputSites.Digest("Museum lends its maps to schools", "2026-10-03", ["Libraries", "Museums"]));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_page_link_stays_under_the_base_path()
    {
        var result = _site.Build(o => o with { BaseUrl = Base });
        // The build's own link check fails on any root-relative link outside /news/ or to a missing page.
        Assert.True(result.Errors == 0, string.Join("\n", result.Diagnostics));

        var pages = OutputSites.HtmlPages(_site).ToList();
        Assert.Contains("archive/2026/11/index.html", pages);
        Assert.Contains("page/2/index.html", pages);
        foreach (var page in pages)
        {
            var doc = Html.Parse(_site.ReadOutput(page));
            foreach (var (element, attribute) in new[] { ("a", "href"), ("link", "href"), ("script", "src"), ("img", "src") })
                foreach (var e in doc.QuerySelectorAll($"{element}[{attribute}]"))
                {
                    var value = e.GetAttribute(attribute)!;
                    var ok = value.StartsWith("/news/") || value.StartsWith(Base) || value.StartsWith('#') || value.StartsWith("https://wire.example.com/");
                    Assert.True(ok, $"{page}: <{element} {attribute}=\"{value}\">");
                }
            foreach (var meta in doc.QuerySelectorAll("meta[property='og:url']"))
                Assert.StartsWith(Base, meta.GetAttribute("content"));
        }
        Assert.Equal("/news/search/manifest.json", Html.Parse(_site.ReadOutput("search/index.html")).QuerySelector("[data-index-url]")!.GetAttribute("data-index-url"));
    }

    [Fact]
    public void Feeds_sitemaps_robots_and_search_index_use_the_base_path()
    {
        Assert.Equal(0, _site.Build(o => o with { BaseUrl = Base }).Errors);

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var rss = OutputSites.Xml(_site, "feed.xml").Root!.Element("channel")!;
        Assert.Equal(Base, rss.Element("link")!.Value);
        Assert.All(rss.Elements("item"), i => Assert.StartsWith(Base + "digests/", i.Element("link")!.Value));
        Assert.Equal(Base + "topics/museums/feed.xml",
            OutputSites.Xml(_site, "topics/museums/feed.xml").Root!.Element("channel")!.Element(atom + "link")!.Attribute("href")!.Value);

        Assert.All(OutputSites.Xml(_site, "atom.xml").Root!.Descendants(atom + "link"), l => Assert.StartsWith(Base, l.Attribute("href")!.Value));

        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "feed.json"))))
        {
            Assert.Equal(Base + "feed.json", json.RootElement.GetProperty("feed_url").GetString());
            Assert.All(json.RootElement.GetProperty("items").EnumerateArray(), i => Assert.StartsWith(Base, i.GetProperty("url").GetString()));
        }

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.All(OutputSites.Xml(_site, "sitemap.xml").Descendants(sm + "loc"), l => Assert.StartsWith(Base, l.Value));
        Assert.Equal(Base + "digests/library-opens-a-night-reading-room/",
            Assert.Single(OutputSites.Xml(_site, "news-sitemap.xml").Descendants(sm + "loc")).Value);
        Assert.Contains($"Sitemap: {Base}sitemap.xml", _site.ReadOutput("robots.txt").Split('\n'));

        Assert.All(new DigestSite.Tests.Search.SearchOutput(_site.Output).Records(), e => Assert.StartsWith("/news/digests/", e.GetProperty("u").GetString()));
    }

    [Fact]
    public async Task The_404_page_works_from_any_depth()
    {
        Assert.Equal(0, _site.Build(o => o with { BaseUrl = Base }).Errors);
        await using var server = await StaticSiteServer.StartAsync(_site.Output, "/news/");
        await using var browser = await HeadlessChromium.StartAsync();
        // A static host serves 404.html for any missing URL; its links must not depend on where that was.
        await browser.NavigateAsync(server.Root + "/news/404.html");
        await browser.WaitForAsync("document.readyState === 'complete'");
        var stylesheetLoaded = await browser.EvaluateAsync("[...document.styleSheets].some(s => s.href && s.href.endsWith('/news/assets/style.css') && s.cssRules.length > 0)");
        Assert.True((bool)stylesheetLoaded!);
        var hrefs = await browser.EvaluateAsync("[...document.querySelectorAll('main a')].map(a => a.getAttribute('href'))");
        Assert.All(hrefs!.AsArray(), h => Assert.StartsWith("/news/", (string)h!));
    }
}

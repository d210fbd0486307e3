using System.Xml.Linq;
using DigestSite.Outputs;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Outputs;

public sealed class SitemapTests : IDisposable
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";
    private readonly TempSite _site = new("""
        site:
          title: "Window Times"
          baseUrl: "https://window.example.net/"
          language: "pt"
        topics:
          minDigests: 1 # a topic page for every topic, as these outputs are about
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void News_sitemap_keeps_only_the_two_days_before_now_and_falls_back_to_the_title()
    {
        // Now is 2026-11-28T12:00Z.
        _site.AddDigest("in1.txt", OutputSites.Digest("Ferry fares fall for island pensioners", "2026-11-28T09:00:00Z", ["Ferries"]));
        _site.AddDigest("in2.txt", OutputSites.Digest("Lighthouse keepers vote to keep night shifts", "2026-11-26T13:00:00Z", ["Lighthouses"]));
        _site.AddDigest("out-old.txt", OutputSites.Digest("Harbour cranes pass their safety review", "2026-11-26T11:00:00Z", ["Ports"]));
        _site.AddDigest("out-future.txt", OutputSites.Digest("Coastal radio moves to a new frequency", "2026-11-29", ["Radio"]));
        var result = _site.Build(o => o with { Future = true });
        Assert.Equal(0, result.Errors);
        Assert.True(File.Exists(Path.Combine(_site.Output, "digests", "coastal-radio-moves-to-a-new-frequency", "index.html")));

        var urls = OutputSites.Xml(_site, "news-sitemap.xml").Root!.Elements(Sm + "url").ToList();
        Assert.Equal(["https://window.example.net/digests/ferry-fares-fall-for-island-pensioners/",
            "https://window.example.net/digests/lighthouse-keepers-vote-to-keep-night-shifts/"], urls.Select(u => u.Element(Sm + "loc")!.Value));
        Assert.All(urls, u =>
        {
            var publication = u.Element(News + "news")!.Element(News + "publication")!;
            Assert.Equal("Window Times", publication.Element(News + "name")!.Value);
            Assert.Equal("pt", publication.Element(News + "language")!.Value);
        });
    }

    [Fact]
    public void Sitemap_gives_digest_pages_their_date_and_leaves_out_the_404_page()
    {
        _site.AddDigest("a.txt", OutputSites.Digest("Ferry fares fall for island pensioners", "2026-11-20T09:00:00+01:00", ["Ferries"]));
        Assert.Equal(0, _site.Build().Errors);
        var urls = OutputSites.Xml(_site, "sitemap.xml").Root!.Elements(Sm + "url")
            .ToDictionary(u => u.Element(Sm + "loc")!.Value, u => u.Element(Sm + "lastmod")?.Value);
        Assert.Equal("2026-11-20T09:00:00+01:00", urls["https://window.example.net/digests/ferry-fares-fall-for-island-pensioners/"]);
        Assert.Equal("https://window.example.net/", urls.Keys.First());
        foreach (var page in new[] { "archive/", "archive/2026/11/", "search/", "topics/", "topics/ferries/" })
            Assert.True(urls.ContainsKey("https://window.example.net/" + page), page);
        Assert.DoesNotContain(urls.Keys, u => u.EndsWith("404.html"));
    }

    [Fact]
    public void A_page_that_fails_to_render_is_not_in_the_sitemap()
    {
        // The sitemap is made from the planned pages while they render; a page whose template fails is then taken out.
        _site.AddDigest("a.txt", OutputSites.Digest("Ferry fares fall for island pensioners", "2026-11-20", ["Ferries"]));
        _site.AddDigest("b.txt", OutputSites.Digest("Lighthouse keepers vote to keep night shifts", "2026-11-21", ["Lighthouses"]));
        _site.CopyBuiltInTheme();
        var digestTemplate = Path.Combine(_site.Dir, "theme", "templates", "digest.sbn-html");
        File.WriteAllText(digestTemplate, "{{ if digest.title | string.starts_with 'Lighthouse' }}{{ no_such_function 1 }}{{ end }}" + File.ReadAllText(digestTemplate));
        var result = _site.Build();
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("lighthouse-keepers-vote-to-keep-night-shifts"));
        var urls = OutputSites.Xml(_site, "sitemap.xml").Root!.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value).ToList();
        Assert.Contains("https://window.example.net/digests/ferry-fares-fall-for-island-pensioners/", urls);
        Assert.DoesNotContain("https://window.example.net/digests/lighthouse-keepers-vote-to-keep-night-shifts/", urls);
        Assert.Contains("https://window.example.net/topics/lighthouses/", urls);
    }

    [Fact]
    public void Past_the_limit_the_sitemap_becomes_an_index_of_parts()
    {
        for (var i = 1; i <= 4; i++)
            _site.AddDigest($"d{i}.txt", OutputSites.Digest($"Harbour report number {i} is published", $"2026-11-{10 + i}", ["Ports"]));
        var result = _site.Build(o => o with { Write = false });
        Assert.Equal(0, result.Errors);
        var pages = result.Files.Where(f => f.IsHtml).ToList();
        var expectedUrls = pages.Count - 1; // all but 404.html

        var files = Sitemap.Generate(result.Site!, pages, maxUrlsPerFile: 5).ToList();
        var parts = (expectedUrls + 4) / 5;
        Assert.Equal(parts + 1, files.Count);
        var index = XDocument.Parse(System.Text.Encoding.UTF8.GetString(files[0].Bytes)).Root!;
        Assert.Equal("sitemap.xml", files[0].Path);
        Assert.Equal(Sm + "sitemapindex", index.Name);
        Assert.Equal(Enumerable.Range(1, parts).Select(n => $"https://window.example.net/sitemap-{n}.xml"),
            index.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value));
        var all = files.Skip(1).SelectMany(f =>
        {
            var urlset = XDocument.Parse(System.Text.Encoding.UTF8.GetString(f.Bytes)).Root!;
            Assert.Equal(Sm + "urlset", urlset.Name);
            Assert.True(urlset.Elements(Sm + "url").Count() <= 5);
            return urlset.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value);
        }).ToList();
        Assert.Equal(expectedUrls, all.Distinct().Count());

        // Under the limit it stays one urlset.
        var single = Assert.Single(Sitemap.Generate(result.Site!, pages));
        Assert.Equal(Sm + "urlset", XDocument.Parse(System.Text.Encoding.UTF8.GetString(single.Bytes)).Root!.Name);
    }

    [Fact]
    public void Robots_txt_names_both_sitemaps()
    {
        // (A site needs a digest: a build that finds none is an error.)
        _site.AddDigest("a.txt", OutputSites.Digest("Ferry fares fall for island pensioners", "2026-11-28T09:00:00Z", ["Ferries"]));
        Assert.Equal(0, _site.Build().Errors);
        Assert.Equal("User-agent: *\nDisallow:\n\nSitemap: https://window.example.net/sitemap.xml\nSitemap: https://window.example.net/news-sitemap.xml\n",
            _site.ReadOutput("robots.txt"));
    }
}

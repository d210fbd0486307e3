using System.Text.Json;
using System.Xml.Linq;
using DigestSite.Build;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Outputs;

/// <summary>The seed, the 12 samples, 60 generated digests and one digest dated today, built once.</summary>
public sealed class DoneWhenSite : IDisposable
{
    public const string TodaySlug = "harbour-towns-agree-on-a-shared-ferry-timetable";

    public DoneWhenSite()
    {
        Site = new TempSite("""
            site:
              title: "Scenario News"
              baseUrl: "https://news.example.org/"
              publisher: "Scenario Press"
              language: "en"
            """);
        // The seed and most samples carry no date: their file time dates them, fixed here far from "today".
        OutputSites.CopyWithTime(Site, Repo.SeedFile, new DateTime(2026, 5, 5, 8, 0, 0, DateTimeKind.Utc));
        var day = 1;
        foreach (var sample in Repo.SampleFiles)
            OutputSites.CopyWithTime(Site, sample, new DateTime(2026, 4, day++, 9, 0, 0, DateTimeKind.Utc));
        OutputSites.Generate(Path.Combine(Site.Input, "generated"), 60);
        Site.AddDigest("today.txt", OutputSites.Digest("Harbour towns agree on a shared ferry timetable", "2026-11-28",
            ["Ferries", "Norway"]));
        Result = Site.Build(o => o with { Now = OutputSites.Now });
    }

    public TempSite Site { get; }
    public BuildResult Result { get; }

    public void Dispose() => Site.Dispose();
}

public sealed class DoneWhenScenarioTests(DoneWhenSite fixture) : IClassFixture<DoneWhenSite>
{
    private readonly TempSite _site = fixture.Site;

    [Fact]
    public void Build_succeeds_without_errors()
    {
        Assert.True(fixture.Result.Errors == 0, string.Join("\n", fixture.Result.Diagnostics));
        Assert.Equal(0, fixture.Result.ExitCode);
    }

    [Fact]
    public void Every_digest_gets_a_page_and_the_home_page_has_four_pages()
    {
        var digestPages = Directory.GetFiles(Path.Combine(_site.Output, "digests"), "index.html", SearchOption.AllDirectories);
        Assert.Equal(74, digestPages.Length);
        Assert.True(File.Exists(Path.Combine(_site.Output, "page", "4", "index.html")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "page", "5", "index.html")));
    }

    [Fact]
    public void Archives_exist()
    {
        var index = Html.Parse(_site.ReadOutput("archive/index.html"));
        var months = index.QuerySelectorAll(".archive-months a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/archive/2026/11/", months);
        Assert.All(months, href => Assert.True(File.Exists(Path.Combine(_site.Output, href.Trim('/'), "index.html")), href));
        var counted = index.QuerySelectorAll(".archive-months .count").Sum(c => int.Parse(c.TextContent));
        Assert.Equal(74, counted);
    }

    [Fact]
    public void Rss_and_atom_parse_with_fifty_entries()
    {
        var rss = OutputSites.Xml(_site, "feed.xml");
        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        Assert.Equal(50, rss.Root.Element("channel")!.Elements("item").Count());

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = OutputSites.Xml(_site, "atom.xml");
        Assert.Equal(atom + "feed", feed.Root!.Name);
        Assert.Equal(50, feed.Root.Elements(atom + "entry").Count());
    }

    [Fact]
    public void Json_feed_is_version_1_1_with_fifty_items()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "feed.json")));
        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        Assert.Equal(50, json.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void A_per_topic_feed_parses()
    {
        var rss = OutputSites.Xml(_site, "topics/norway/feed.xml");
        var items = rss.Root!.Element("channel")!.Elements("item").ToList();
        Assert.NotEmpty(items);
        Assert.Contains(items, i => i.Element("link")!.Value == $"https://news.example.org/digests/{DoneWhenSite.TodaySlug}/");
        Assert.All(items, i => Assert.Contains(i.Elements("category"), c => c.Value == "Norway"));
    }

    [Fact]
    public void Sitemap_lists_every_page_with_absolute_urls()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = OutputSites.Xml(_site, "sitemap.xml").Descendants(sm + "loc").Select(l => l.Value).ToHashSet();
        var expected = OutputSites.HtmlPages(_site).Where(p => p != "404.html")
            .Select(p => "https://news.example.org/" + (p == "index.html" ? "" : p.EndsWith("/index.html") ? p[..^"index.html".Length] : p))
            .ToHashSet();
        Assert.Equal(expected.Order(), locs.Order());
        Assert.DoesNotContain("https://news.example.org/404.html", locs);
    }

    [Fact]
    public void News_sitemap_lists_exactly_todays_digest()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace news = "http://www.google.com/schemas/sitemap-news/0.9";
        var urls = OutputSites.Xml(_site, "news-sitemap.xml").Root!.Elements(sm + "url").ToList();
        var url = Assert.Single(urls);
        Assert.Equal($"https://news.example.org/digests/{DoneWhenSite.TodaySlug}/", url.Element(sm + "loc")!.Value);
        var n = url.Element(news + "news")!;
        Assert.Equal("Scenario Press", n.Element(news + "publication")!.Element(news + "name")!.Value);
        Assert.Equal("en", n.Element(news + "publication")!.Element(news + "language")!.Value);
        Assert.Equal("2026-11-28T00:00:00+00:00", n.Element(news + "publication_date")!.Value);
        Assert.Equal("Harbour towns agree on a shared ferry timetable", n.Element(news + "title")!.Value);
    }

    [Fact]
    public void Robots_txt_names_the_sitemap()
    {
        var lines = _site.ReadOutput("robots.txt").Split('\n');
        Assert.Contains("Sitemap: https://news.example.org/sitemap.xml", lines);
        Assert.Contains("User-agent: *", lines);
    }

    [Fact]
    public void The_seed_page_has_news_article_json_ld_canonical_and_og_title()
    {
        const string slug = "japan-offers-full-support-to-india-in-fight-against-terrorism";
        var doc = Html.Parse(_site.ReadOutput($"digests/{slug}/index.html"));
        var scripts = doc.QuerySelectorAll("script[type='application/ld+json']");
        using var ld = JsonDocument.Parse(Assert.Single(scripts).TextContent);
        Assert.Equal("NewsArticle", ld.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Japan offers 'full support' to India in fight against terrorism", ld.RootElement.GetProperty("headline").GetString());
        Assert.Equal("2026-05-05T08:00:00+00:00", ld.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal($"https://news.example.org/digests/{slug}/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Japan offers 'full support' to India in fight against terrorism",
            doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }

    [Fact]
    public void Search_index_has_a_record_per_digest()
    {
        var records = new DigestSite.Tests.Search.SearchOutput(_site.Output).Records();
        Assert.Equal(74, records.Count);
        foreach (var entry in records)
        {
            foreach (var field in new[] { "t", "u", "d", "s" })
                Assert.False(string.IsNullOrEmpty(entry.GetProperty(field).GetString()), field);
            Assert.Equal(JsonValueKind.Array, entry.GetProperty("k").ValueKind);
            Assert.Equal(JsonValueKind.Array, entry.GetProperty("x").ValueKind);
            var url = entry.GetProperty("u").GetString()!;
            Assert.True(File.Exists(Path.Combine(_site.Output, url.Trim('/'), "index.html")), url);
        }
    }

    [Fact]
    public void Not_found_page_exists()
    {
        var doc = Html.Parse(_site.ReadOutput("404.html"));
        Assert.Equal("Page not found", doc.QuerySelector("h1")!.TextContent);
        Assert.Equal("noindex", doc.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }
}

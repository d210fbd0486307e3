using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Outputs;

public sealed class FeedTests : IDisposable
{
    private const string Hostile = "Ports <script>alert(\"x\")</script> & \"quotes\" reopen";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private readonly TempSite _site;

    public FeedTests()
    {
        _site = new TempSite("""
            site:
              title: "Feed Test News"
              description: "Digests for the feed tests."
              baseUrl: "https://feeds.example.org/"
              language: "en-GB"
            topics:
              minDigests: 1 # a topic page for every topic, as these outputs are about
            """);
        _site.AddDigest("a.txt", OutputSites.Digest("Valley farmers share a new irrigation canal", "2026-10-02T08:30:00+02:00",
            ["Agriculture", "Portugal"], source: "https://wire.example.com/canal"));
        _site.AddDigest("b.txt", OutputSites.Digest(Hostile, "2026-11-20", ["Shipping", "Portugal"],
            story: "Dock workers wrote <b>bold</b> demands & signs\u0007 on the gates."));
        _site.AddDigest("c.txt", OutputSites.Digest("Mountain railway returns after a landslide", "2026-09-15", ["Rail"]));
    }

    public void Dispose() => _site.Dispose();

    private void BuildOk()
    {
        var result = _site.Build();
        Assert.True(result.Errors == 0, string.Join("\n", result.Diagnostics));
    }

    private static SyndicationFeed LoadWithSyndication(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public void Rss_reads_back_with_an_independent_parser_and_keeps_text_exact()
    {
        BuildOk();
        var feed = LoadWithSyndication(Path.Combine(_site.Output, "feed.xml"));
        Assert.Equal("Feed Test News", feed.Title.Text);
        // RSS titles are HTML to feed readers: the text arrives HTML-escaped, and reads back exact once decoded.
        Assert.Equal(["Ports <script>alert(\"x\")</script> & \"quotes\" reopen", "Valley farmers share a new irrigation canal",
            "Mountain railway returns after a landslide"], feed.Items.Select(i => System.Net.WebUtility.HtmlDecode(i.Title.Text)));
        Assert.StartsWith("Ports &lt;script&gt;", feed.Items.First().Title.Text);
        var first = feed.Items.First();
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), first.PublishDate);
        Assert.Equal("https://feeds.example.org/digests/ports-script-alert-x-script-quotes-reopen/", first.Links.Single().Uri.ToString());
        Assert.Equal(["Shipping", "Portugal", "transport"], first.Categories.Select(c => c.Name));
        var canal = feed.Items.ElementAt(1);
        Assert.Equal(new DateTimeOffset(2026, 10, 2, 8, 30, 0, TimeSpan.FromHours(2)), canal.PublishDate);
    }

    [Fact]
    public void Rss_has_the_channel_and_item_structure_of_rss_2_0()
    {
        BuildOk();
        var rss = OutputSites.Xml(_site, "feed.xml").Root!;
        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal("2.0", rss.Attribute("version")!.Value);
        var channel = rss.Element("channel")!;
        Assert.Equal("https://feeds.example.org/", channel.Element("link")!.Value);
        Assert.Equal("Digests for the feed tests.", channel.Element("description")!.Value);
        Assert.Equal("en-GB", channel.Element("language")!.Value);
        // No build time: the channel is as new as its newest digest.
        Assert.Equal("Fri, 20 Nov 2026 00:00:00 +0000", channel.Element("lastBuildDate")!.Value);
        var self = channel.Element(Atom + "link")!;
        Assert.Equal(("self", "https://feeds.example.org/feed.xml"), (self.Attribute("rel")!.Value, self.Attribute("href")!.Value));

        var rfc822 = new Regex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$");
        foreach (var item in channel.Elements("item"))
        {
            var link = item.Element("link")!.Value;
            Assert.StartsWith("https://feeds.example.org/digests/", link);
            Assert.Equal(link, item.Element("guid")!.Value);
            Assert.Equal("true", item.Element("guid")!.Attribute("isPermaLink")!.Value);
            Assert.Matches(rfc822, item.Element("pubDate")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(item.Element("description")!.Value));
            Assert.False(string.IsNullOrWhiteSpace(item.Element(Content + "encoded")!.Value));
        }
        Assert.Equal("Fri, 02 Oct 2026 08:30:00 +0200", channel.Elements("item").ElementAt(1).Element("pubDate")!.Value);
    }

    [Fact]
    public void Full_content_is_escaped_html_of_every_section()
    {
        BuildOk();
        var items = OutputSites.Xml(_site, "feed.xml").Root!.Element("channel")!.Elements("item").ToList();
        var html = Html.Parse("<body>" + items[0].Element(Content + "encoded")!.Value + "</body>");
        Assert.Empty(html.QuerySelectorAll("script, b"));
        Assert.Equal(2, html.QuerySelectorAll("section").Length);
        var story = html.QuerySelector("section p")!.TextContent;
        // The control character is dropped (XML cannot carry it); everything else arrives as text.
        Assert.Equal("Dock workers wrote <b>bold</b> demands & signs on the gates.", story);
        Assert.Equal("Officials describe the next steps in detail", html.QuerySelectorAll("section")[1].QuerySelector("h2")!.TextContent);

        var canal = Html.Parse("<body>" + items[1].Element(Content + "encoded")!.Value + "</body>");
        Assert.Equal("https://wire.example.com/canal", canal.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Atom_reads_back_and_has_the_required_elements()
    {
        BuildOk();
        var feed = LoadWithSyndication(Path.Combine(_site.Output, "atom.xml"));
        Assert.Equal(3, feed.Items.Count());
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);

        var root = OutputSites.Xml(_site, "atom.xml").Root!;
        Assert.Equal(Atom + "feed", root.Name);
        foreach (var name in new[] { "id", "title", "updated", "author" }) Assert.NotNull(root.Element(Atom + name));
        Assert.Contains(root.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "self" && l.Attribute("href")?.Value == "https://feeds.example.org/atom.xml");
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            var id = entry.Element(Atom + "id")!.Value;
            Assert.StartsWith("https://feeds.example.org/digests/", id);
            Assert.Equal(id, entry.Element(Atom + "link")!.Attribute("href")!.Value);
            var updated = entry.Element(Atom + "updated")!.Value;
            Assert.True(DateTimeOffset.TryParseExact(updated, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), updated);
            Assert.Equal("html", entry.Element(Atom + "content")!.Attribute("type")!.Value);
        }
        var hostile = root.Elements(Atom + "entry").First();
        Assert.Equal(Hostile, hostile.Element(Atom + "title")!.Value);
    }

    [Fact]
    public void Json_feed_follows_version_1_1()
    {
        BuildOk();
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "feed.json")));
        var root = json.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("Feed Test News", root.GetProperty("title").GetString());
        Assert.Equal("https://feeds.example.org/", root.GetProperty("home_page_url").GetString());
        Assert.Equal("https://feeds.example.org/feed.json", root.GetProperty("feed_url").GetString());
        Assert.Equal("en-GB", root.GetProperty("language").GetString());
        Assert.Equal("Feed Test News", root.GetProperty("authors")[0].GetProperty("name").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal(Hostile, items[0].GetProperty("title").GetString());
        Assert.Equal("2026-10-02T08:30:00+02:00", items[1].GetProperty("date_published").GetString());
        foreach (var item in items)
        {
            Assert.Equal(item.GetProperty("url").GetString(), item.GetProperty("id").GetString());
            Assert.StartsWith("https://feeds.example.org/digests/", item.GetProperty("url").GetString());
            Assert.Contains("<section>", item.GetProperty("content_html").GetString());
            Assert.Equal(JsonValueKind.Array, item.GetProperty("tags").ValueKind);
        }
    }

    [Fact]
    public void Topic_feeds_carry_only_their_topic_and_pages_announce_them()
    {
        BuildOk();
        var items = OutputSites.Xml(_site, "topics/portugal/feed.xml").Root!.Element("channel")!.Elements("item")
            .Select(i => System.Net.WebUtility.HtmlDecode(i.Element("title")!.Value)).ToList();
        Assert.Equal([Hostile, "Valley farmers share a new irrigation canal"], items);

        var topicPage = Html.Parse(_site.ReadOutput("topics/portugal/index.html"));
        var alternates = topicPage.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal(["/feed.xml", "/atom.xml", "/feed.json", "/topics/portugal/feed.xml"], alternates);
        var home = Html.Parse(_site.ReadOutput("index.html"));
        Assert.Equal("application/feed+json", home.QuerySelector("link[href='/feed.json']")!.GetAttribute("type"));
    }

    [Fact]
    public void Feeds_hold_the_newest_feeds_items_digests()
    {
        File.WriteAllText(Path.Combine(_site.Dir, "statiq.yml"), "site:\n  baseUrl: \"https://feeds.example.org/\"\nfeeds:\n  items: 2\n");
        BuildOk();
        var rss = OutputSites.Xml(_site, "feed.xml").Root!.Element("channel")!.Elements("item").Select(i => System.Net.WebUtility.HtmlDecode(i.Element("title")!.Value));
        Assert.Equal([Hostile, "Valley farmers share a new irrigation canal"], rss);
        Assert.Equal(2, OutputSites.Xml(_site, "atom.xml").Root!.Elements(Atom + "entry").Count());
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "feed.json")));
        Assert.Equal(2, json.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Outputs_are_byte_identical_across_builds_and_never_carry_the_build_time()
    {
        BuildOk();
        var first = Snapshot();
        // A later "now" that moves no digest in or out of the news window changes nothing.
        var result = _site.Build(o => o with { Clean = true, Now = OutputSites.Now.AddHours(5) });
        Assert.Equal(0, result.Errors);
        var second = Snapshot();
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var (path, bytes) in first) Assert.True(bytes.SequenceEqual(second[path]), $"{path} differs between builds");
    }

    [Fact]
    public void A_site_with_nothing_published_yet_still_has_valid_feeds()
    {
        // Only a digest scheduled for later: found, so the build goes on (one that finds no digest is an error),
        // but nothing is published yet.
        Directory.Delete(_site.Input, recursive: true);
        Directory.CreateDirectory(_site.Input);
        _site.AddDigest("later.txt", OutputSites.Digest("Bridge reopens after a year of repairs", "2099-01-01", ["Bridges"]));
        BuildOk();
        Assert.Empty(LoadWithSyndication(Path.Combine(_site.Output, "feed.xml")).Items);
        Assert.Empty(LoadWithSyndication(Path.Combine(_site.Output, "atom.xml")).Items);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "feed.json")));
        Assert.Equal(0, json.RootElement.GetProperty("items").GetArrayLength());
    }

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(_site.Output, p), File.ReadAllBytes);

    [Fact]
    public void Feeds_that_copy_each_items_markup_are_the_feeds_a_writer_gives_item_by_item()
    {
        var result = _site.Build();
        var site = result.Site!;
        var content = new DigestSite.Outputs.FeedContent(site);
        DigestSite.Outputs.FeedSource[] sources = [content.SiteSource(DigestSite.Site.Routes.RssFeed), .. site.Topics.Select(content.TopicSource)];
        var paths = new[] { DigestSite.Site.Routes.RssFeed }.Concat(site.Topics.Select(g => DigestSite.Site.Routes.TopicFeed(g.Topic.Slug))).ToList();
        Assert.True(sources.Length >= 5, "the site feed and four topic feeds");
        for (var i = 0; i < sources.Length; i++)
        {
            var channel = sources[i].Header with { Items = sources[i].Digests.Select(content.Item).ToList() };
            Assert.Equal(System.Text.Encoding.UTF8.GetString(DigestSite.Outputs.RssFeed.Write(channel)), _site.ReadOutput(paths[i]));
        }
    }
}

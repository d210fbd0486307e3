using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using DigestSite.Diagnostics;
using DigestSite.Tests.Support;
using DigestSite.Validation;
using Xunit;

namespace DigestSite.Tests.EndToEnd;

/// <summary>The built newsroom site, read as a reader's browser and feed reader would: AngleSharp for pages,
/// System.ServiceModel.Syndication for RSS and Atom, a JSON parser for JSON Feed.</summary>
public sealed class NewsroomSiteTests(NewsroomSite site) : IClassFixture<NewsroomSite>
{
    private const string Port = "digests/le-port-de-marseille-rouvre-son-quai-nord/index.html";
    private const string Quai = "digests/le-quai-sud-attend-son-tour/index.html";

    [Fact]
    public void The_site_builds_with_no_error_no_warning_and_no_validation_finding()
    {
        Assert.True(site.Result.Diagnostics.Count == 0, string.Join("\n", site.Result.Diagnostics));
        Assert.Equal(3, site.Result.Stats.Digests);
    }

    [Fact]
    public void The_digest_page_shows_byline_update_correction_key_points_and_sources_in_french()
    {
        var doc = Html.Parse(site.Page(Port));
        var byline = doc.QuerySelector(".byline")!;
        Assert.Equal("Par Marie Dupont et Paul Martin", byline.TextContent.Trim());
        Assert.Equal(["/fr/authors/mdupont/", "/fr/authors/paul-martin/"], byline.QuerySelectorAll("a[rel=author]").Select(a => a.GetAttribute("href")));

        var times = doc.QuerySelectorAll(".digest-header time").ToList();
        Assert.Equal("2026-11-20T09:30:00+01:00", times[0].GetAttribute("datetime"));
        Assert.Equal("20 novembre 2026 à 09 h 30", times[0].TextContent);
        Assert.Equal("2026-11-21T14:05:00+01:00", times[1].GetAttribute("datetime"));
        Assert.StartsWith("Mis à jour le", doc.QuerySelector(".updated")!.TextContent);
        Assert.Contains("Une version précédente donnait un mauvais montant.", doc.QuerySelector(".correction")!.TextContent);
        Assert.Contains("min de lecture", doc.QuerySelector(".reading-time")!.TextContent);

        var points = doc.QuerySelectorAll(".key-points a").ToList();
        Assert.Equal(["Un budget de 40 millions", "Une deuxième phase en 2027"], points.Select(a => a.TextContent));
        foreach (var a in points) Assert.NotNull(doc.GetElementById(a.GetAttribute("href")![1..]));
        Assert.Equal("L'essentiel", doc.QuerySelector("[data-section] [data-label]")!.TextContent);

        var sources = doc.QuerySelectorAll(".source a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("example.org", "https://example.org/port"), ("Communiqué de la ville", "https://ville.example/c"),
            ("La région", "https://region.example/budget")], sources);
        // The Source: line is not a paragraph.
        Assert.DoesNotContain(doc.QuerySelectorAll("[data-section] p"), p => p.TextContent.StartsWith("Source", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraph_links_and_emphasis_are_rendered()
    {
        var story = Html.Parse(site.Page(Port)).QuerySelector("[data-section]")!;
        Assert.Equal("travaux", story.QuerySelector("strong")!.TextContent);
        Assert.Equal("carte", story.QuerySelector("em")!.TextContent);
        var links = story.QuerySelectorAll("a").ToList();
        Assert.Equal(["https://ville.example/quai", "https://port.example/infos"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal("external noopener", a.GetAttribute("rel")));
    }

    [Fact]
    public void The_lead_image_is_a_figure_with_srcset_sizes_and_dimensions_and_its_files_exist()
    {
        var doc = Html.Parse(site.Page(Port));
        var figure = doc.QuerySelector("figure.lead-image")!;
        var img = figure.QuerySelector("img")!;
        Assert.Equal("Le port au lever du soleil", img.GetAttribute("alt"));
        Assert.Equal("1800", img.GetAttribute("width"));
        Assert.Equal("1200", img.GetAttribute("height"));
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("sizes")));
        var candidates = img.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')).ToList();
        Assert.Equal(["480w", "960w", "1600w", "1800w"], candidates.Select(c => c[1]));
        foreach (var c in candidates)
        {
            Assert.StartsWith("/fr/images/", c[0]);
            var file = Path.Combine(site.Site.Output, c[0]["/fr/".Length..]);
            using var codec = SkiaSharp.SKCodec.Create(file);
            Assert.Equal(int.Parse(c[1][..^1]), codec.Info.Width);
        }
        Assert.Contains("Le quai nord rouvert", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Contains("Photo: Paul Martin", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void Every_social_and_structured_image_url_is_absolute()
    {
        var doc = Html.Parse(site.Page(Port));
        var og = doc.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.StartsWith(NewsroomSite.BaseUrl + "images/", og);
        Assert.Equal(og, doc.QuerySelector("meta[name='twitter:image']")!.GetAttribute("content"));
        Assert.Equal("2026-11-21T14:05:00+01:00", doc.QuerySelector("meta[property='article:modified_time']")!.GetAttribute("content"));

        using var json = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal(og, root.GetProperty("image").GetProperty("url").GetString());
        Assert.Equal("2026-11-21T14:05:00+01:00", root.GetProperty("dateModified").GetString());
        Assert.Equal("2026-11-20T09:30:00+01:00", root.GetProperty("datePublished").GetString());
        var authors = root.GetProperty("author").EnumerateArray().ToList();
        Assert.All(authors, a => Assert.Equal("Person", a.GetProperty("@type").GetString()));
        Assert.Equal(["Marie Dupont", "Paul Martin"], authors.Select(a => a.GetProperty("name").GetString()));

        var remote = Html.Parse(site.Page("digests/une-photo-hebergee-ailleurs/index.html"));
        Assert.Equal("https://cdn.example/photo.jpg", remote.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        var quai = Html.Parse(site.Page(Quai));
        Assert.StartsWith(NewsroomSite.BaseUrl + "images/quai-", quai.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }

    [Fact]
    public void Cards_show_a_thumbnail_with_its_size_and_the_byline()
    {
        var home = Html.Parse(site.Page("index.html"));
        var card = home.QuerySelectorAll("[data-digest-summary]").Single(c => c.TextContent.Contains("quai nord"));
        var thumb = card.QuerySelector("img.thumbnail")!;
        Assert.Equal("480", thumb.GetAttribute("width"));
        Assert.Equal("320", thumb.GetAttribute("height"));
        Assert.Equal("Le port au lever du soleil", thumb.GetAttribute("alt"));
        Assert.Contains("Par Marie Dupont et Paul Martin", card.QuerySelector(".byline")!.TextContent);
    }

    [Fact]
    public void Author_pages_list_their_digests_and_their_feeds_parse()
    {
        var marie = Html.Parse(site.Page("authors/mdupont/index.html"));
        Assert.Contains("Marie Dupont", marie.QuerySelector("h1")!.TextContent);
        Assert.Contains("Journaliste, couvre les ports.", marie.QuerySelector(".author-header")!.TextContent);
        Assert.Single(marie.QuerySelectorAll("[data-digest-summary]"));

        var paul = Html.Parse(site.Page("authors/paul-martin/index.html"));
        Assert.Equal(2, paul.QuerySelectorAll("[data-digest-summary]").Length);

        var feed = Load<Rss20FeedFormatter>("authors/paul-martin/feed.xml");
        Assert.Equal(["Le port de Marseille rouvre son quai nord", "Le quai sud attend son tour"], feed.Items.Select(i => i.Title.Text));
    }

    [Fact]
    public void Feeds_carry_authors_updates_and_absolute_image_urls_in_published_order()
    {
        var rss = Load<Rss20FeedFormatter>("feed.xml");
        Assert.Equal(["Le port de Marseille rouvre son quai nord", "Le quai sud attend son tour", "Une photo hébergée ailleurs"],
            rss.Items.Select(i => i.Title.Text));
        var item = rss.Items.First();
        var enclosure = item.Links.Single(l => l.RelationshipType == "enclosure");
        Assert.True(enclosure.Uri.IsAbsoluteUri);
        Assert.StartsWith(NewsroomSite.BaseUrl + "images/", enclosure.Uri.ToString());
        Assert.Equal("image/jpeg", enclosure.MediaType);
        Assert.True(enclosure.Length > 0);
        var xml = XDocument.Load(Path.Combine(site.Site.Output, "feed.xml"));
        XNamespace media = "http://search.yahoo.com/mrss/", dc = "http://purl.org/dc/elements/1.1/";
        Assert.All(xml.Descendants(media + "content"), m => Assert.True(Uri.IsWellFormedUriString(m.Attribute("url")!.Value, UriKind.Absolute)));
        Assert.Equal(2, xml.Descendants(media + "content").Count(m => m.Attribute("url")!.Value.StartsWith(NewsroomSite.BaseUrl, StringComparison.Ordinal)));
        Assert.Equal(["Marie Dupont", "Paul Martin"], xml.Descendants("item").First().Elements(dc + "creator").Select(e => e.Value));

        var atom = Load<Atom10FeedFormatter>("atom.xml");
        var entry = atom.Items.First();
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 14, 5, 0, TimeSpan.FromHours(1)), entry.LastUpdatedTime);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(1)), entry.PublishDate);
        Assert.Equal(["Marie Dupont", "Paul Martin"], entry.Authors.Select(a => a.Name));
        Assert.True(entry.Links.Single(l => l.RelationshipType == "enclosure").Uri.IsAbsoluteUri);
        Assert.Contains("<strong>travaux</strong>", ((TextSyndicationContent)entry.Content).Text);

        using var json = JsonDocument.Parse(site.Page("feed.json"));
        var first = json.RootElement.GetProperty("items")[0];
        Assert.StartsWith(NewsroomSite.BaseUrl + "images/", first.GetProperty("image").GetString());
        Assert.Equal("2026-11-21T14:05:00+01:00", first.GetProperty("date_modified").GetString());
        Assert.Equal("https://cdn.example/photo.jpg", json.RootElement.GetProperty("items")[2].GetProperty("image").GetString());
    }

    [Fact]
    public void The_sitemap_gives_the_update_as_lastmod()
    {
        var xml = XDocument.Load(Path.Combine(site.Site.Output, "sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var url = xml.Descendants(sm + "url").Single(u => u.Element(sm + "loc")!.Value.Contains("rouvre-son-quai-nord", StringComparison.Ordinal));
        Assert.Equal("2026-11-21T14:05:00+01:00", url.Element(sm + "lastmod")!.Value);
    }

    [Fact]
    public void Static_files_are_copied_as_they_are()
    {
        Assert.Equal("kept as is\n", site.Page("robots-extra.txt"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Site.Dir, "static", "img", "quai.png")),
            File.ReadAllBytes(Path.Combine(site.Site.Output, "img", "quai.png")));
    }

    private SyndicationFeed Load<TFormatter>(string relative) where TFormatter : SyndicationFeedFormatter, new()
    {
        using var reader = XmlReader.Create(Path.Combine(site.Site.Output, relative), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var formatter = new TFormatter();
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}

using DigestSite.Themes;
namespace DigestSite.Tests.Themes;

/// <summary>The pages that list digests or topics: home with its lead, a topic page, the topic index, the
/// archive, and how the header marks where the reader is.</summary>
public sealed class ListPagesTests(ThemeSite fixture) : IClassFixture<ThemeSite>
{
    [Fact]
    public void Home_leads_with_the_newest_digest_then_lists_the_rest()
    {
        var list = fixture.Page("index.html").QuerySelector("main .digest-list.with-lead")!;
        var items = list.QuerySelectorAll("article[data-digest-summary]");
        Assert.Equal(5, items.Length);
        Assert.Equal("Harbour cranes return after storm repairs", items[0].QuerySelector("h2 a")!.TextContent);
        Assert.Equal("Orchard growers try frost fans", items[4].QuerySelector("h2 a")!.TextContent);
    }

    [Fact]
    public void Every_list_item_has_kicker_headline_summary_date_and_topic_chips()
    {
        foreach (var path in new[] { "index.html", "topics/ports/index.html", "archive/2026/11/index.html" })
        {
            foreach (var item in fixture.Page(path).QuerySelectorAll("article[data-digest-summary]"))
            {
                var title = item.QuerySelector("h2 a")!.TextContent;
                Assert.False(string.IsNullOrEmpty(item.QuerySelector(".kicker")?.TextContent), $"{path}: {title} has no kicker");
                Assert.StartsWith("/digests/", item.QuerySelector("h2 a")!.GetAttribute("href"));
                Assert.False(string.IsNullOrEmpty(item.QuerySelector(".summary")?.TextContent), $"{path}: {title} has no summary");
                Assert.Matches(@"^\d{1,2} [A-Z][a-z]+ \d{4}$", item.QuerySelector("time[datetime]")!.TextContent);
                Assert.All(item.QuerySelectorAll(".chips a"), a => Assert.StartsWith("/topics/", a.GetAttribute("href")));
                Assert.NotEmpty(item.QuerySelectorAll(".chips a"));
            }
        }
        var cranes = fixture.Page("index.html").QuerySelector("article[data-digest-summary]")!;
        Assert.Equal("Repair crews", cranes.QuerySelector(".kicker")!.TextContent);
        Assert.Equal(ThemeSite.Standfirst, cranes.QuerySelector(".summary")!.TextContent);
        Assert.Equal(["Ports", "Weather"], cranes.QuerySelectorAll(".chips a").Select(a => a.TextContent));
    }

    [Fact]
    public void A_topic_page_shows_its_name_its_count_and_its_digests()
    {
        var doc = fixture.Page("topics/ports/index.html");
        Assert.Equal("Ports", doc.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("3 digests", doc.QuerySelector(".page-header .meta")!.TextContent);
        Assert.Equal(3, doc.QuerySelectorAll("article[data-digest-summary]").Length);
        Assert.Equal("/topics/ports/feed.xml", doc.QuerySelector(".page-header a[type='application/rss+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void The_topic_index_lists_every_topic_with_its_count_most_used_first()
    {
        var items = fixture.Page("topics/index.html").QuerySelectorAll(".topic-index li")
            .Select(li => (li.QuerySelector("a")!.TextContent, li.QuerySelector("a")!.GetAttribute("href"), int.Parse(li.QuerySelector(".count")!.TextContent)))
            .ToList();
        Assert.Equal(
            [("Ports", "/topics/ports/", 3), ("Weather", "/topics/weather/", 3), ("Rail", "/topics/rail/", 2),
             ("Farming", "/topics/farming/", 1), ("Libraries", "/topics/libraries/", 1)],
            items);
        Assert.Equal(items.OrderByDescending(i => i.Item3).ToList(), items);
    }

    [Fact]
    public void The_header_marks_the_section_the_reader_is_in()
    {
        string[] Current(string path) => fixture.Page(path).QuerySelectorAll(".site-header [aria-current=page]").Select(a => a.TextContent).ToArray();

        Assert.Equal(["Harbour Gazette"], Current("index.html"));
        Assert.Equal(["Rail"], Current("topics/rail/index.html"));
        Assert.Equal(["All topics"], Current("topics/index.html"));
        Assert.Equal(["Archive"], Current("archive/index.html"));
        Assert.Equal(["Search"], Current("search/index.html"));
        Assert.Empty(Current($"digests/{ThemeSite.Newest}/index.html"));
    }

    [Fact]
    public void The_archive_lists_months_with_counts_and_a_month_lists_its_digests()
    {
        var archive = fixture.Page("archive/index.html");
        Assert.Equal(["November 2026", "October 2026", "September 2026"], archive.QuerySelectorAll(".archive-months a").Select(a => a.TextContent));
        Assert.Equal(["2", "2", "1"], archive.QuerySelectorAll(".archive-months .count").Select(c => c.TextContent));
        var month = fixture.Page("archive/2026/10/index.html");
        Assert.Equal("October 2026", month.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, month.QuerySelectorAll("article[data-digest-summary]").Length);
    }

    [Fact]
    public void The_not_found_page_offers_the_ways_back_and_the_latest_digests()
    {
        var doc = fixture.Page("404.html");
        Assert.Equal("Page not found", doc.QuerySelector("h1")!.TextContent);
        Assert.Equal("noindex", doc.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var hrefs = doc.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/search/", hrefs);
        Assert.Contains("/topics/", hrefs);
        Assert.Contains($"/digests/{ThemeSite.Newest}/", hrefs);
    }
}

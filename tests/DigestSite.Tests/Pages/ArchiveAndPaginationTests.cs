using DigestSite.Tests.Outputs;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Pages;

/// <summary>Five November digests and one from October, two to a page.</summary>
public sealed class PagedSite : IDisposable
{
    public PagedSite()
    {
        Site = new TempSite("site:\n  baseUrl: \"https://paged.example.org/\"\npageSize: 2\n");
        for (var day = 1; day <= 5; day++)
            Site.AddDigest($"nov-{day}.txt", OutputSites.Digest($"Tram line {day} opens to passengers", $"2026-11-0{day}", ["Trams"]));
        Site.AddDigest("oct.txt", OutputSites.Digest("City council approves the tram budget", "2026-10-20", ["Trams", "Budgets"]));
        var result = Site.Build();
        Assert.True(result.Errors == 0, string.Join("\n", result.Diagnostics));
    }

    public TempSite Site { get; }

    public void Dispose() => Site.Dispose();
}

public sealed class ArchiveAndPaginationTests(PagedSite fixture) : IClassFixture<PagedSite>
{
    private readonly TempSite _site = fixture.Site;

    [Fact]
    public void Archive_index_lists_months_newest_first_with_counts()
    {
        var doc = Html.Parse(_site.ReadOutput("archive/index.html"));
        var months = doc.QuerySelectorAll(".archive-months li")
            .Select(li => (li.QuerySelector("a")!.TextContent, li.QuerySelector("a")!.GetAttribute("href"), li.QuerySelector(".count")!.TextContent))
            .ToList();
        Assert.Equal([("November 2026", "/archive/2026/11/", "5"), ("October 2026", "/archive/2026/10/", "1")], months);
        Assert.Equal("2026 6", doc.QuerySelector(".archive-year h2")!.TextContent.Trim());
        Assert.Equal("https://paged.example.org/archive/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Archive_months_are_paginated_with_prev_and_next()
    {
        Assert.True(File.Exists(Path.Combine(_site.Output, "archive/2026/11/page/3/index.html")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "archive/2026/11/page/4/index.html")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "archive/2026/10/page/2/index.html")));

        var first = Html.Parse(_site.ReadOutput("archive/2026/11/index.html"));
        Assert.Equal(["Tram line 5 opens to passengers", "Tram line 4 opens to passengers"],
            first.QuerySelectorAll("[data-digest-summary] h2 a").Select(a => a.TextContent));
        Assert.Null(first.QuerySelector("link[rel=prev]"));
        Assert.Equal("/archive/2026/11/page/2/", first.QuerySelector("link[rel=next]")!.GetAttribute("href"));

        var middle = Html.Parse(_site.ReadOutput("archive/2026/11/page/2/index.html"));
        Assert.Equal("/archive/2026/11/", middle.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/archive/2026/11/page/3/", middle.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/archive/2026/11/", middle.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/archive/2026/11/page/3/", middle.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(["1", "2", "3"], middle.QuerySelectorAll(".pagination ol a").Select(a => a.TextContent));
        Assert.Equal("2", middle.QuerySelector(".pagination a[aria-current=page]")!.TextContent);
        Assert.Equal("November 2026, page 2", middle.QuerySelector("h1")!.TextContent);
        Assert.Equal("https://paged.example.org/archive/2026/11/page/2/", middle.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        var last = Html.Parse(_site.ReadOutput("archive/2026/11/page/3/index.html"));
        Assert.Null(last.QuerySelector("link[rel=next]"));
        Assert.Single(last.QuerySelectorAll("[data-digest-summary]"));
    }

    [Fact]
    public void Home_and_topic_pages_are_paginated_too()
    {
        var home2 = Html.Parse(_site.ReadOutput("page/2/index.html"));
        Assert.Equal("/", home2.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/page/3/", home2.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        var topic3 = Html.Parse(_site.ReadOutput("topics/trams/page/3/index.html"));
        Assert.Equal("/topics/trams/page/2/", topic3.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(["Tram line 1 opens to passengers", "City council approves the tram budget"],
            topic3.QuerySelectorAll("[data-digest-summary] h2 a").Select(a => a.TextContent));
    }

    [Fact]
    public void Header_and_footer_link_to_the_archive_search_feeds_and_the_favicon()
    {
        foreach (var page in new[] { "index.html", "archive/2026/10/index.html", "digests/tram-line-3-opens-to-passengers/index.html", "404.html" })
        {
            var doc = Html.Parse(_site.ReadOutput(page));
            Assert.NotNull(doc.QuerySelector(".site-header a[href='/archive/']"));
            Assert.NotNull(doc.QuerySelector(".site-header a[href='/search/']"));
            Assert.NotNull(doc.QuerySelector(".site-footer a[href='/feed.xml']"));
            Assert.Equal("/assets/favicon.svg", doc.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        }
        Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(_site.Output, "assets", "favicon.svg")).TrimStart());
    }

    [Fact]
    public void Digest_pages_show_related_digests_that_exist()
    {
        var doc = Html.Parse(_site.ReadOutput("digests/city-council-approves-the-tram-budget/index.html"));
        var related = doc.QuerySelectorAll(".related li a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(5, related.Count);
        // All share only "Trams" (Budgets is its alone): the closest in date comes first.
        Assert.Equal("/digests/tram-line-1-opens-to-passengers/", related[0]);
        Assert.All(related, href => Assert.True(File.Exists(Path.Combine(_site.Output, href.Trim('/'), "index.html")), href));
    }
}

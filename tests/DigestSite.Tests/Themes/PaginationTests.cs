using DigestSite.Tests.Support;
using DigestSite.Themes;

namespace DigestSite.Tests.Themes;

/// <summary>Long lists show the first and last page and two either side of the current one, with a gap for
/// the pages left out, so a site of a thousand digests does not print fifty page links.</summary>
public sealed class PaginationTests
{
    [Fact]
    public void Page_links_show_a_window_around_the_current_page()
    {
        using var site = new TempSite("pageSize: 1\ntopics:\n  auto: false\n");
        for (var day = 1; day <= 9; day++)
            site.AddDigest($"2026-10-{day:D2}-note.txt", $"Harbour note number {day}\nWhat's the story\nThe tide tables for day {day} were posted at the quay.\n");
        Assert.Equal(0, site.Build().Errors);

        string Links(string path) => string.Join(" ", Html.Parse(site.ReadOutput(path))
            .QuerySelectorAll(".pagination ol li").Select(li => li.ClassList.Contains("gap") ? "…" : li.TextContent));

        Assert.Equal("1 2 3 … 9", Links("index.html"));
        Assert.Equal("1 2 3 4 5 6 7 8 9", Links("page/5/index.html"));
        Assert.Equal("1 … 5 6 7 8 9", Links("page/7/index.html"));
        Assert.Equal("1 … 7 8 9", Links("page/9/index.html"));
        var current = Html.Parse(site.ReadOutput("page/7/index.html")).QuerySelector(".pagination [aria-current=page]")!;
        Assert.Equal("7", current.TextContent);
        Assert.True(Html.Parse(site.ReadOutput("page/7/index.html")).QuerySelector(".pagination .gap")!.GetAttribute("aria-hidden") == "true");
    }
}

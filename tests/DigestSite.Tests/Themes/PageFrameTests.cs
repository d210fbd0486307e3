using System.Text.RegularExpressions;
using DigestSite.Themes;

namespace DigestSite.Tests.Themes;

/// <summary>What every page of the built-in theme has, whatever its kind: a language, a skip link to the main
/// landmark, one h1, the site's header and footer, nothing loaded from elsewhere, and no blank lines.</summary>
public sealed partial class PageFrameTests(ThemeSite fixture) : IClassFixture<ThemeSite>
{
    [Fact]
    public void The_site_has_every_kind_of_page()
    {
        var pages = fixture.HtmlPages().ToList();
        foreach (var expected in new[] { "index.html", "404.html", "search/index.html", "topics/index.html", "archive/index.html",
                     "archive/2026/11/index.html", "topics/ports/index.html", $"digests/{ThemeSite.Newest}/index.html" })
            Assert.Contains(expected, pages);
    }

    [Fact]
    public void Every_page_has_a_language_a_title_and_a_description()
    {
        foreach (var path in fixture.HtmlPages())
        {
            var doc = fixture.Page(path);
            Assert.True(doc.DocumentElement.GetAttribute("lang") == "en", $"{path}: no lang");
            Assert.False(string.IsNullOrWhiteSpace(doc.Title), $"{path}: empty title");
            Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{path}: no description");
            Assert.Equal("width=device-width, initial-scale=1", doc.QuerySelector("meta[name=viewport]")?.GetAttribute("content"));
        }
    }

    [Fact]
    public void Every_page_starts_with_a_skip_link_to_its_one_main_landmark()
    {
        foreach (var path in fixture.HtmlPages())
        {
            var doc = fixture.Page(path);
            var first = doc.Body!.QuerySelector("a[href]");
            Assert.True(first is not null && first.ClassList.Contains("skip-link"), $"{path}: the first link is not the skip link");
            Assert.Equal("#main", first!.GetAttribute("href"));
            var main = Assert.Single(doc.QuerySelectorAll("main"));
            Assert.Equal("main", main.Id);
        }
    }

    [Fact]
    public void Every_page_has_one_h1_inside_main_and_headings_that_do_not_skip_levels()
    {
        foreach (var path in fixture.HtmlPages())
        {
            var doc = fixture.Page(path);
            var h1 = Assert.Single(doc.QuerySelectorAll("h1"));
            Assert.NotNull(h1.Closest("main"));
            Assert.False(string.IsNullOrWhiteSpace(h1.TextContent), $"{path}: empty h1");
            var levels = doc.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            for (var i = 1; i < levels.Count; i++)
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: h{levels[i - 1]} is followed by h{levels[i]}");
        }
    }

    [Fact]
    public void Every_page_has_the_site_header_with_main_navigation_and_the_footer()
    {
        foreach (var path in fixture.HtmlPages())
        {
            var doc = fixture.Page(path);
            var header = doc.QuerySelector("body > header.site-header");
            Assert.True(header is not null, $"{path}: no site header");
            Assert.Equal("Harbour Gazette", header!.QuerySelector(".site-title")!.TextContent);
            var nav = header.QuerySelector("nav[aria-label=Main]");
            Assert.True(nav is not null, $"{path}: no main navigation");
            // The most covered topics first, then the ways to find the rest.
            Assert.Equal(["Ports", "Weather", "Rail", "Farming", "Libraries", "All topics", "Archive", "Search"],
                nav!.QuerySelectorAll("a").Select(a => a.TextContent));
            Assert.NotNull(doc.QuerySelector("body > footer.site-footer a[href='/feed.xml']"));
        }
    }

    [Fact]
    public void Nothing_is_loaded_from_another_site()
    {
        foreach (var path in fixture.HtmlPages())
        {
            var doc = fixture.Page(path);
            var loaded = doc.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], link[rel=preload], link[rel=modulepreload]")
                .Select(e => e.GetAttribute("href"))
                .Concat(doc.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")));
            foreach (var url in loaded)
                Assert.True(url!.StartsWith('/') && !url.StartsWith("//"), $"{path}: loads {url}");
            Assert.Empty(doc.QuerySelectorAll("style, [style], iframe"));
        }
    }

    [Fact]
    public void The_stylesheet_and_favicon_are_linked_and_copied()
    {
        var doc = fixture.Page("index.html");
        Assert.Equal("/assets/style.css", doc.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        var icon = doc.QuerySelector("link[rel=icon]")!;
        Assert.Equal(("/assets/favicon.svg", "image/svg+xml"), (icon.GetAttribute("href"), icon.GetAttribute("type")));
        Assert.StartsWith("<svg", fixture.Site.ReadOutput("assets/favicon.svg"));
    }

    [Fact]
    public void Pages_carry_no_blank_lines_and_no_trailing_spaces()
    {
        foreach (var path in fixture.HtmlPages())
        {
            var lines = fixture.Site.ReadOutput(path).Split('\n');
            var blank = Array.FindIndex(lines, l => l.Trim().Length == 0);
            Assert.True(blank == lines.Length - 1, $"{path}:{blank + 1}: blank line");
            var trailing = Array.FindIndex(lines, l => TrailingSpace().IsMatch(l));
            Assert.True(trailing < 0, $"{path}:{trailing + 1}: trailing whitespace");
        }
    }

    [Fact]
    public void Only_the_search_page_has_a_script_besides_structured_data()
    {
        foreach (var path in fixture.HtmlPages())
        {
            var scripts = fixture.Page(path).QuerySelectorAll("script:not([type='application/ld+json'])");
            if (path == "search/index.html")
                Assert.Equal("/assets/search.js", Assert.Single(scripts).GetAttribute("src"));
            else
                Assert.True(scripts.Length == 0, $"{path} runs a script");
        }
    }

    [GeneratedRegex(@"[ \t]+\r?$")]
    private static partial Regex TrailingSpace();
}

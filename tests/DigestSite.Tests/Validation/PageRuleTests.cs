using DigestSite.Diagnostics;
using DigestSite.Validation;

namespace DigestSite.Tests.Validation;

/// <summary>Each rule of the validate stage on small hand-written pages: it fires, at the right line and
/// column, with its severity; and a page that follows it gives nothing.</summary>
public sealed class PageRuleTests
{
    private static Diagnostic Single(IReadOnlyList<Diagnostic> found, ValidationRule rule)
    {
        var matching = found.Where(d => d.Rule == rule.Id).ToList();
        Assert.True(matching.Count == 1, $"expected one {rule.Id} finding, got:\n{Pages.Show(found)}");
        Assert.Equal(rule.Severity, matching[0].Severity);
        return matching[0];
    }

    private static void AssertAt(Diagnostic d, string html, string marker, string path = "index.html")
    {
        Assert.Equal(path, d.Path);
        Assert.Equal(Pages.LineOf(html, marker), d.Line);
        Assert.Equal(Pages.ColumnOf(html, marker), d.Column);
    }

    [Fact]
    public void A_valid_page_gives_no_finding()
    {
        var html = Pages.Valid("""
            <nav aria-label="Pages"><a href="/">Home</a> <a href="#main">Top of content</a> <a href="#top">Top</a></nav>
            <h2 id="first">First</h2><h3>Sub</h3><h2>Second</h2>
            <a href="/"><img src="/assets/style.css" alt="Home"></a>
            <a href="mailto:desk@example.org">Write to us</a> <a href="https://example.org/x">Elsewhere</a>
            <img src="/assets/style.css" alt="">
            """, head: """<link rel="stylesheet" href="assets/style.css">""");
        Assert.Empty(Pages.Validate(("index.html", html)));
    }

    [Fact]
    public void Parse_error_names_the_markup_at_its_line_and_column()
    {
        var html = Pages.Valid("<p>One</p></span>\n<p>Two</p>");
        var d = Single(Pages.Validate(("index.html", html)), ValidationRules.ParseError);
        AssertAt(d, html, "</span>");
        Assert.Contains("'</span>'", d.Message);
        Assert.Equal("test index.html", d.Origin);
    }

    [Fact]
    public void Duplicate_id_is_reported_at_the_second_element_with_the_first_line()
    {
        var html = Pages.Valid("<div id=\"x\">a</div>\n<p id=\"x\">b</p>");
        var d = Single(Pages.Validate(("index.html", html)), ValidationRules.DuplicateId);
        AssertAt(d, html, "<p id=\"x\">");
        Assert.Contains($"first on line {Pages.LineOf(html, "<div id=\"x\">")}", d.Message);
    }

    [Fact]
    public void Broken_link_names_the_href()
    {
        var html = Pages.Valid("<p><a href=\"/gone/\">Gone</a></p>");
        var d = Single(Pages.Validate(("index.html", html)), ValidationRules.BrokenLink);
        AssertAt(d, html, "<a href=\"/gone/\">");
        Assert.Contains("'/gone/'", d.Message);
    }

    [Theory]
    [InlineData("<img src=\"/missing.png\" alt=\"x\">")]
    [InlineData("<script src=\"/missing.js\"></script>")]
    [InlineData("<picture><source srcset=\"/a.webp 1x, /missing.webp 2x\"><img src=\"/assets/style.css\" alt=\"x\"></picture>")]
    [InlineData("<video src=\"/assets/style.css\" poster=\"/missing.png\"></video>")]
    public void Sources_to_missing_files_are_broken_links(string element)
    {
        var found = Pages.Validate(("index.html", Pages.Valid(element)));
        Assert.Contains(found, d => d.Rule == ValidationRules.BrokenLink.Id && d.Message.Contains("missing"));
    }

    [Fact]
    public void Missing_anchor_on_the_same_page_and_on_another_page()
    {
        var home = Pages.Valid("<a href=\"#nowhere\">Here</a>\n<a href=\"/other/#gone\">There</a>\n<a href=\"/other/#kept\">Fine</a>");
        var other = Pages.Valid("<h2 id=\"kept\">Kept</h2>");
        var found = Pages.Validate(("index.html", home), ("other/index.html", other));
        var missing = found.Where(d => d.Rule == ValidationRules.MissingAnchor.Id).ToList();
        Assert.True(missing.Count == 2, Pages.Show(found));
        AssertAt(missing[0], home, "<a href=\"#nowhere\">");
        Assert.Contains("this page has no element with id 'nowhere'", missing[0].Message);
        AssertAt(missing[1], home, "<a href=\"/other/#gone\">");
        Assert.Contains("/other/index.html has no element with id 'gone'", missing[1].Message);
    }

    [Fact]
    public void Anchors_may_be_a_name_and_percent_encoded()
    {
        var html = Pages.Valid("<a name=\"old-anchor\"></a><h2 id=\"café\">Café</h2>\n<a href=\"#old-anchor\">Old</a> <a href=\"#caf%C3%A9\">Café</a>");
        Assert.Empty(Pages.Validate(("index.html", html)));
    }

    [Theory]
    [InlineData("<a href=\"\">Nothing</a>", "empty href")]
    [InlineData("<a href=\"/\"></a>", "no text")]
    [InlineData("<a href=\"/\"> <span aria-hidden=\"true\">→</span> </a>", "no text")]
    [InlineData("<a href=\"/\"><img src=\"/assets/style.css\" alt=\"\"></a>", "no text")]
    [InlineData("<img src=\"\" alt=\"x\">", "empty src")]
    [InlineData("<a href=\" \"></a>", "empty href")]
    public void Empty_links(string element, string expected)
    {
        var html = Pages.Valid(element);
        var d = Single(Pages.Validate(("index.html", html)), ValidationRules.EmptyLink);
        Assert.Contains(expected, d.Message);
        Assert.Equal(Pages.LineOf(html, element), d.Line);
    }

    [Theory]
    [InlineData("<a href=\"/\" aria-label=\"Home\"></a>")]
    [InlineData("<a href=\"/\"><svg aria-label=\"Home\"></svg></a>")]
    [InlineData("<a href=\"/\"><span>Home</span></a>")]
    public void Links_named_without_plain_text_are_not_empty(string element) =>
        Assert.Empty(Pages.Validate(("index.html", Pages.Valid(element))));

    [Fact]
    public void Img_without_alt()
    {
        var html = Pages.Valid("<p>Photo:</p>\n<img src=\"/assets/style.css\">");
        var d = Single(Pages.Validate(("index.html", html)), ValidationRules.ImageAlt);
        AssertAt(d, html, "<img");
    }

    [Fact]
    public void Page_without_lang_title_or_description()
    {
        const string html = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body>\n<h1>Bare</h1>\n</body>\n</html>";
        var found = Pages.Validate(("bare.html", html));
        AssertAt(Single(found, ValidationRules.PageLanguage), html, "<html>", "bare.html");
        AssertAt(Single(found, ValidationRules.PageTitle), html, "<head>", "bare.html");
        AssertAt(Single(found, ValidationRules.MetaDescription), html, "<head>", "bare.html");
        Assert.Equal(3, found.Count);
    }

    [Fact]
    public void Empty_title_description_and_lang_count_as_missing()
    {
        var html = Pages.Valid().Replace("lang=\"en\"", "lang=\"\"").Replace("<title>A page</title>", "<title> </title>")
            .Replace("content=\"What the page is about.\"", "content=\"\"");
        var found = Pages.Validate(("index.html", html));
        Single(found, ValidationRules.PageLanguage);
        Single(found, ValidationRules.PageTitle);
        Single(found, ValidationRules.MetaDescription);
    }

    [Fact]
    public void Exactly_one_h1()
    {
        var twice = Pages.Valid("<h1>Again</h1>");
        AssertAt(Single(Pages.Validate(("index.html", twice)), ValidationRules.SingleH1), twice, "<h1>Again");

        var none = Pages.Valid().Replace("<h1>A page</h1>", "<h2>Not a title</h2>");
        var d = Single(Pages.Validate(("index.html", none)), ValidationRules.SingleH1);
        Assert.Contains("no h1", d.Message);
        Assert.Equal(Pages.LineOf(none, "<body>"), d.Line);
    }

    [Fact]
    public void Skipped_heading_level()
    {
        var html = Pages.Valid("<h2>Section</h2>\n<h4>Too deep</h4>\n<h2>Back up is fine</h2>\n<h3>Sub</h3>");
        var d = Single(Pages.Validate(("index.html", html)), ValidationRules.HeadingOrder);
        AssertAt(d, html, "<h4>");
        Assert.Contains("h3 skipped", d.Message);
    }

    [Fact]
    public void Links_to_other_hosts_are_not_fetched()
    {
        // A host that cannot resolve: a fetch would fail or hang; a finding or a slow check shows it was tried.
        var html = Pages.Valid("<a href=\"https://no-such-host.invalid/page\">Away</a> <a href=\"//cdn.invalid/x.js\">CDN</a>");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(Pages.Validate(("index.html", html)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Every_rule_has_its_own_id()
    {
        var ids = ValidationRules.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ValidationRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Guards)));
    }
}

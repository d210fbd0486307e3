using DigestSite.Content.Markup;
using DigestSite.Tests.Support;
using Xunit;

namespace DigestSite.Tests.Content;

/// <summary>Inline Markdown in a paragraph: what is rendered, what is escaped, which URLs are allowed.</summary>
public class InlineMarkdownTests
{
    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("mailto:desk@example.org", true)]
    [InlineData("/digests/x/", true)]
    [InlineData("../x/", true)]
    [InlineData("#section", true)]
    [InlineData("page?q=a:b", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" JavaScript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("\u0001javascript:alert(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("vbscript:msgbox", false)]
    [InlineData("ftp://example.org/file", false)]
    public void Only_http_https_mailto_and_relative_urls_are_allowed(string url, bool allowed) =>
        Assert.Equal(allowed, ContentUrls.IsAllowed(url));

    [Fact]
    public void Links_emphasis_and_bare_urls_are_rendered_and_the_rest_is_escaped()
    {
        var html = InlineMarkdown.ToHtml("A **strong** and *light* [report](https://example.org/r?a=1&b=2) at https://port.example/x. <script>alert('x')</script> & 5 < 6");
        var p = Html.Parse($"<p>{html}</p>").QuerySelector("p")!;
        Assert.Equal("strong", p.QuerySelector("strong")!.TextContent);
        Assert.Equal("light", p.QuerySelector("em")!.TextContent);
        var links = p.QuerySelectorAll("a").ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal("https://example.org/r?a=1&b=2", links[0].GetAttribute("href"));
        Assert.Equal("report", links[0].TextContent);
        Assert.Equal("external noopener", links[0].GetAttribute("rel"));
        Assert.Equal("https://port.example/x", links[1].GetAttribute("href"));
        Assert.Null(p.QuerySelector("script"));
        Assert.Contains("<script>alert('x')</script> & 5 < 6", p.TextContent);
    }

    [Fact]
    public void A_refused_link_keeps_its_words_without_a_link()
    {
        var html = InlineMarkdown.ToHtml("Click [here](javascript:alert(1)) or [there](data:text/html,x).");
        var p = Html.Parse($"<p>{html}</p>").QuerySelector("p")!;
        Assert.Empty(p.QuerySelectorAll("a"));
        Assert.Equal("Click here or there.", p.TextContent);
        Assert.DoesNotContain("javascript", html);
    }

    [Fact]
    public void Block_syntax_stays_text_in_a_paragraph()
    {
        Assert.Equal("1. Not a list, # not a heading", InlineMarkdown.ToPlain("1. Not a list, # not a heading"));
        Assert.Equal("1. Not a list &gt; not a quote", InlineMarkdown.ToHtml("1. Not a list > not a quote"));
    }

    [Fact]
    public void Images_in_text_are_shown_with_their_alt_or_as_their_alt_text()
    {
        var remote = Html.Parse($"<p>{InlineMarkdown.ToHtml("See ![the harbour at dawn](https://cdn.example/h.jpg).")}</p>");
        var img = remote.QuerySelector("img")!;
        Assert.Equal("https://cdn.example/h.jpg", img.GetAttribute("src"));
        Assert.Equal("the harbour at dawn", img.GetAttribute("alt"));

        Assert.Equal("See the harbour.", InlineMarkdown.ToHtml("See ![the harbour](photos/h.jpg)."));
        var diagnostics = new List<DigestSite.Diagnostics.Diagnostic>();
        ParagraphChecks.Check("See ![the harbour](photos/h.jpg) and [x](javascript:void(0)).", "input/a.txt", 7, diagnostics);
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(7, d.Line));
        Assert.Contains(diagnostics, d => d.Message.Contains("shown as its alt text"));
        Assert.Contains(diagnostics, d => d.Message.Contains("is not allowed"));
    }

    [Fact]
    public void Plain_text_is_the_words_of_the_markup()
    {
        Assert.Equal("A strong report at https://x.example/", InlineMarkdown.ToPlain("A **strong** [report](https://example.org) at https://x.example/"));
        Assert.Equal("Plain words.", InlineMarkdown.ToPlain("Plain words."));
    }
}

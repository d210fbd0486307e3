using System.Text.Json;
using DigestSite.Tests.Outputs;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Pages;

public sealed class StructuredDataTests : IDisposable
{
    private readonly TempSite _site = new("""
        site:
          title: "Structured News"
          baseUrl: "https://sd.example.org/"
          publisher: "Structured Press"
        topics:
          minDigests: 1
        """);

    public StructuredDataTests()
    {
        _site.AddDigest("a.txt", OutputSites.Digest("Wind farm cables reach the mainland", "2026-11-02T10:00:00+01:00",
            ["Energy", "Denmark"], source: "https://wire.example.com/cables"));
        var result = _site.Build();
        Assert.True(result.Errors == 0, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    /// <summary>The topics the page shows as chips: the editor's first, in their order.</summary>
    private static string[] TopicChips(AngleSharp.Dom.IDocument doc)
    {
        var chips = doc.QuerySelectorAll("a[rel=tag]").Select(a => a.TextContent).ToArray();
        Assert.Equal(["Energy", "Denmark"], chips.Take(2));
        return chips;
    }

    [Fact]
    public void Digest_pages_carry_one_complete_news_article()
    {
        var doc = Html.Parse(_site.ReadOutput("digests/wind-farm-cables-reach-the-mainland/index.html"));
        using var ld = JsonDocument.Parse(Assert.Single(doc.QuerySelectorAll("script[type='application/ld+json']")).TextContent);
        var a = ld.RootElement;
        Assert.Equal("https://schema.org", a.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", a.GetProperty("@type").GetString());
        Assert.Equal("Wind farm cables reach the mainland", a.GetProperty("headline").GetString());
        Assert.Equal("2026-11-02T10:00:00+01:00", a.GetProperty("datePublished").GetString());
        Assert.Equal("2026-11-02T10:00:00+01:00", a.GetProperty("dateModified").GetString());
        Assert.Equal("https://sd.example.org/digests/wind-farm-cables-reach-the-mainland/", a.GetProperty("url").GetString());
        Assert.StartsWith("A council of regional officials", a.GetProperty("description").GetString());
        Assert.Equal(TopicChips(doc), a.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.False(string.IsNullOrEmpty(a.GetProperty("articleSection").GetString())); // the main subject (section labels stay inside the digest)
        Assert.Equal("Structured Press", a.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("Structured Press", a.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public void Digest_pages_carry_canonical_opengraph_and_twitter_tags()
    {
        var doc = Html.Parse(_site.ReadOutput("digests/wind-farm-cables-reach-the-mainland/index.html"));
        string? Meta(string property) => doc.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
        Assert.Equal("https://sd.example.org/digests/wind-farm-cables-reach-the-mainland/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", Meta("og:type"));
        Assert.Equal("Wind farm cables reach the mainland", Meta("og:title"));
        Assert.Equal("https://sd.example.org/digests/wind-farm-cables-reach-the-mainland/", Meta("og:url"));
        Assert.Equal("2026-11-02T10:00:00+01:00", Meta("article:published_time"));
        Assert.Equal(TopicChips(doc), doc.QuerySelectorAll("meta[property='article:tag']").Select(m => m.GetAttribute("content")));
        Assert.Equal("summary", doc.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("index.html", "https://sd.example.org/")]
    [InlineData("topics/index.html", "https://sd.example.org/topics/")]
    [InlineData("topics/energy/index.html", "https://sd.example.org/topics/energy/")]
    [InlineData("archive/index.html", "https://sd.example.org/archive/")]
    [InlineData("archive/2026/11/index.html", "https://sd.example.org/archive/2026/11/")]
    [InlineData("search/index.html", "https://sd.example.org/search/")]
    public void Listing_pages_carry_canonical_and_opengraph(string page, string url)
    {
        var doc = Html.Parse(_site.ReadOutput(page));
        Assert.Equal(url, doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(url, doc.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("website", doc.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.False(string.IsNullOrEmpty(doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content")));
        Assert.False(string.IsNullOrEmpty(doc.QuerySelector("meta[property='og:description']")!.GetAttribute("content")));
    }

    [Fact]
    public void The_404_page_is_not_indexed_and_has_no_canonical()
    {
        var doc = Html.Parse(_site.ReadOutput("404.html"));
        Assert.Null(doc.QuerySelector("link[rel=canonical]"));
        Assert.Equal("noindex", doc.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("/digests/wind-farm-cables-reach-the-mainland/", doc.QuerySelector(".latest a")!.GetAttribute("href"));
    }
}

using DigestSite.Tests.Support;
using DigestSite.Themes;

namespace DigestSite.Tests.Themes;

/// <summary>A site changes one template and adds an asset of its own; everything else stays built in. This is
/// the example of the theme documentation (docs/THEME.md).</summary>
public sealed class ThemeOverrideTests
{
    [Fact]
    public void A_site_overrides_one_partial_and_adds_a_stylesheet_through_head_extra()
    {
        using var site = new TempSite("site:\n  title: \"Valley Post\"\n  baseUrl: \"https://example.org/valley/\"\n");
        site.AddDigest("bridge.txt", """
            ---
            title: "Footbridge reopens over the mill race"
            date: 2026-11-02
            topics: [Bridges]
            ---

            Footbridge reopens over the mill race
            What's the story
            The footbridge by the old mill is open again after carpenters replaced its rotten deck boards.
            """);
        site.WriteThemeFile("templates/partials/head-extra.sbn-html",
            "<link rel=\"stylesheet\" href=\"{{ site.base_path }}assets/valley.css\">\n");
        site.WriteThemeFile("templates/partials/footer.sbn-html",
            "<footer class=\"site-footer\"><p>{{ site.title | html.escape }} is printed by volunteers.</p></footer>\n");
        site.WriteThemeFile("assets/valley.css", ":root { --accent: #1d5c3a; }\n");

        var result = site.Build();

        Assert.True(result.Errors == 0, string.Join("\n", result.Diagnostics));
        var page = Html.Parse(site.ReadOutput("digests/footbridge-reopens-over-the-mill-race/index.html"));
        Assert.Equal(["/valley/assets/style.css", "/valley/assets/valley.css"],
            page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        Assert.Equal("Valley Post is printed by volunteers.", page.QuerySelector("footer.site-footer")!.TextContent);
        // The templates the site did not override are the built-in ones.
        Assert.NotNull(page.QuerySelector("article[data-digest] h1[data-title]"));
        Assert.NotNull(page.QuerySelector(".site-header nav[aria-label=Main]"));
        Assert.Equal(":root { --accent: #1d5c3a; }\n", site.ReadOutput("assets/valley.css"));
        Assert.Contains("prefers-color-scheme: dark", site.ReadOutput("assets/style.css"));
    }

    [Fact]
    public void Without_an_override_head_extra_adds_nothing()
    {
        using var site = new TempSite();
        site.AddDigest("2026-11-02-bridge.txt", "Footbridge reopens\nWhat's the story\nThe deck boards were replaced.\n");
        Assert.Equal(0, site.Build().Errors);
        var html = site.ReadOutput("index.html");
        Assert.Matches(@"<meta name=""twitter:description"" content=""[^""]*"">\n(<script type=""application/ld\+json"">.*</script>\n)?</head>", html);
    }
}

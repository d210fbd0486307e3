using DigestSite.Build;
using DigestSite.Diagnostics;
using DigestSite.Tests.Support;
using DigestSite.Validation;

namespace DigestSite.Tests.Validation;

/// <summary>Whole builds of a small site whose copy of the built-in theme has problems planted in its digest
/// template: each is named at its line in the generated file, with the digest and template it came from.</summary>
public sealed class ThemeOverrideTests
{
    private const string Planted =
        "<a href=\"/no-such-page/\">broken</a><div id=\"dup\"></div><div id=\"dup\"></div></span>";

    internal static TempSite SiteWithDigests(string? statiqYml = null)
    {
        var site = new TempSite(statiqYml);
        site.AddDigest("2026-05-04-harbour-ferry.txt", """
            ---
            title: "Harbour ferry returns after winter repairs"
            date: 2026-05-04
            topics: [Transport]
            ---

            Harbour ferry returns after winter repairs
            What's the story
            The harbour ferry is back in service after four months in dry dock, with a new engine and a wider deck.
            The town council paid for most of the work from its maintenance budget.
            Timetable
            Boats every twenty minutes at peak times
            The summer timetable starts next week, with an extra late crossing on Fridays and Saturdays.
            """);
        site.AddDigest("2026-05-11-library-hours.txt", """
            ---
            title: "Town library opens on Sundays"
            date: 2026-05-11
            topics: [Transport, Libraries]
            ---

            Town library opens on Sundays
            What's the story
            The town library will open from noon to five on Sundays, starting this month, after a survey of readers.
            Volunteers from the reading club will staff the front desk.
            """);
        return site;
    }

    private static void AppendToDigestTemplate(TempSite site, string markup)
    {
        site.CopyBuiltInTheme();
        File.AppendAllText(Path.Combine(site.Dir, "theme", "templates", "digest.sbn-html"), "\n" + markup + "\n");
    }

    private static IReadOnlyList<Diagnostic> Validation(BuildResult result) =>
        result.Diagnostics.Where(d => ValidationRules.IsValidationRule(d.Rule)).ToList();

    [Fact]
    public void Planted_broken_link_duplicate_id_and_stray_end_tag_fail_the_build_each_at_its_line()
    {
        using var site = SiteWithDigests();
        AppendToDigestTemplate(site, Planted);

        var result = site.Build();

        Assert.Equal(ExitCodes.Failed, result.ExitCode);
        var digestPages = result.Files.Where(f => f.Path.StartsWith("digests/", StringComparison.Ordinal) && f.IsHtml).ToList();
        Assert.Equal(2, digestPages.Count);
        foreach (var page in digestPages)
        {
            var html = site.ReadOutput(page.Path);
            var line = Pages.LineOf(html, Planted);
            var onPage = result.Diagnostics.Where(d => d.Path == page.Path).ToList();
            var shown = Pages.Show(result.Diagnostics);

            var broken = Assert.Single(onPage, d => d.Rule == "broken-link");
            Assert.Contains("'/no-such-page/'", broken.Message);
            Assert.Equal((line, Pages.ColumnOf(html, "<a href=\"/no-such-page/\">")), (broken.Line, broken.Column));

            var dup = Assert.Single(onPage, d => d.Rule == "duplicate-id");
            Assert.Contains("'dup'", dup.Message);
            Assert.Equal(line, dup.Line);
            Assert.Equal(Pages.ColumnOf(html, Planted) + Planted.LastIndexOf("<div", StringComparison.Ordinal), dup.Column);

            var stray = Assert.Single(onPage, d => d.Rule == "html-parse");
            Assert.Contains("</span>", stray.Message);
            Assert.Equal((line, Pages.ColumnOf(html, Planted) + Planted.IndexOf("</span>", StringComparison.Ordinal)), (stray.Line, stray.Column));

            Assert.True(onPage.Count == 3, shown);
            Assert.All(onPage, d => Assert.Equal(Severity.Error, d.Severity));
            Assert.All(onPage, d => Assert.Matches(@"^input/2026-05-\d\d-[a-z-]+\.txt via digest$", d.Origin!));
            Assert.Contains($"{page.Path}:{line}:{broken.Column}: error: broken link '/no-such-page/'", broken.ToString());
            Assert.EndsWith("via digest)", broken.ToString());
        }
        Assert.True(Validation(result).Count == 6, Pages.Show(result.Diagnostics));
    }

    [Fact]
    public void Missing_anchor_is_caught_and_a_present_one_is_not()
    {
        using var site = SiteWithDigests();
        AppendToDigestTemplate(site, "<p><a href=\"#no-such-section\">Jump</a> <a href=\"#main\">Content</a> " +
            "<a href=\"{{ site.home_url }}#main\">Home content</a> <a href=\"{{ site.topics_url }}#nope\">Topics</a></p>");

        var result = site.Build();

        Assert.Equal(ExitCodes.Failed, result.ExitCode);
        var missing = result.Diagnostics.Where(d => d.Rule == "missing-anchor").ToList();
        Assert.True(missing.Count == 4, Pages.Show(result.Diagnostics)); // two per digest page
        var first = missing[0];
        var html = site.ReadOutput(first.Path);
        Assert.Equal(Pages.LineOf(html, "<a href=\"#no-such-section\">"), first.Line);
        Assert.Contains("'no-such-section'", first.Message);
        Assert.Contains(missing, d => d.Message.Contains("/topics/index.html has no element with id 'nope'"));
        Assert.True(Validation(result).Count == 4, Pages.Show(result.Diagnostics));
    }

    [Fact]
    public void Relative_links_that_are_right_give_no_false_positive()
    {
        using var site = SiteWithDigests();
        AppendToDigestTemplate(site, "<p><a href=\"../../\">Home</a> <a href=\"../../topics/\">Topics</a> " +
            "<a href=\"../../topics/transport/#main\">Transport</a> <a href=\"./\">This digest</a> " +
            "<a href=\"./#main\">Top of content</a> <a href=\"../../index.html\">Home page file</a> " +
            "<img src=\"../../assets/favicon.svg\" alt=\"\"></p>");

        var result = site.Build();

        Assert.True(result.Diagnostics.Count == 0, Pages.Show(result.Diagnostics));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
    }

    [Fact]
    public void Relative_link_one_level_too_few_is_broken()
    {
        using var site = SiteWithDigests();
        AppendToDigestTemplate(site, "<p><a href=\"../topics/\">Topics</a></p>");

        var result = site.Build();

        Assert.Equal(2, result.Diagnostics.Count(d => d.Rule == "broken-link" && d.Message.Contains("/digests/topics/index.html")));
    }

    [Fact]
    public void Base_url_with_a_path_validates_clean_and_catches_a_link_that_forgot_it()
    {
        using var site = SiteWithDigests("site:\n  baseUrl: \"https://user.github.io/news/\"\n");
        var clean = site.Build();
        Assert.True(clean.Diagnostics.Count == 0, Pages.Show(clean.Diagnostics));
        Assert.Contains("href=\"/news/topics/\"", site.ReadOutput("index.html"));

        AppendToDigestTemplate(site, "<p><a href=\"{{ site.topics_url }}\">Topics</a> <a href=\"../../topics/\">Relative</a> " +
            "<a href=\"https://user.github.io/news/#main\">Absolute</a> <a href=\"/topics/\">Forgot the base path</a></p>");
        var result = site.Build();

        var broken = Assert.Single(result.Diagnostics, d => d.Path.Contains("harbour"));
        Assert.Equal("broken-link", broken.Rule);
        Assert.Contains("did you mean /news/topics/", broken.Message);
    }

    [Fact]
    public void Fail_on_and_strict_decide_the_exit_code()
    {
        using var site = SiteWithDigests();
        AppendToDigestTemplate(site, "<h4>Skipped a level</h4>"); // a warning on each digest page

        Assert.Equal(ExitCodes.Success, site.Build().ExitCode);
        var strict = site.Build(o => o with { Strict = true });
        Assert.Equal(ExitCodes.Failed, strict.ExitCode);
        Assert.Equal(2, strict.Diagnostics.Count(d => d.Rule == "heading-order" && d.Severity == Severity.Warning));

        File.WriteAllText(Path.Combine(site.Dir, "statiq.yml"), "validation:\n  failOn: warning\n");
        Assert.Equal(ExitCodes.Failed, site.Build().ExitCode);

        AppendToDigestTemplate(site, "<a href=\"/gone/\">Gone</a>");
        File.WriteAllText(Path.Combine(site.Dir, "statiq.yml"), "validation:\n  failOn: never\n");
        var never = site.Build();
        Assert.Contains(never.Diagnostics, d => d.Rule == "broken-link");
        Assert.Equal(ExitCodes.Success, never.ExitCode);
    }

    [Fact]
    public void Check_links_false_skips_link_and_anchor_checks_only()
    {
        using var site = SiteWithDigests("validation:\n  checkLinks: false\n");
        AppendToDigestTemplate(site, "<a href=\"/gone/\">Gone</a> <a href=\"#nope\">Nope</a> <img src=\"/x.png\">");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Rule is "broken-link" or "missing-anchor");
        Assert.Equal(2, result.Diagnostics.Count(d => d.Rule == "img-alt"));
    }
}

using DigestSite.Configuration;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.EndToEnd;

public class EscapingAndValidationTests
{
    private const string Hostile = """
        Ports <script>alert(1)</script> & "quotes" reopen
        What's the story
        The <b>harbour</b> & the <img src=x onerror=alert(1)> quay reopened on Monday.
        Repairs
        Crews fix the <i>breakwater</i>
        Work on the breakwater took three weeks & cost less than planned.
        """;

    [Fact]
    public void Digest_text_is_html_escaped_everywhere()
    {
        using var site = new TempSite();
        site.AddDigest("2026-05-01-ports.txt", Hostile);
        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        foreach (var page in Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<b>harbour", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<i>breakwater", html);
        }
        var doc = Html.Parse(site.ReadOutput("digests/ports-script-alert-1-script-quotes-reopen/index.html"));
        Assert.Equal("Ports <script>alert(1)</script> & \"quotes\" reopen", doc.QuerySelector("h1[data-title]")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("main script, main b, main img"));
    }

    [Fact]
    public void A_planted_broken_link_is_reported_with_its_file_and_line()
    {
        using var site = new TempSite();
        site.AddDigest("2026-05-01-ports.txt", "Ports reopen\nWhat's the story\nThe harbour reopened on Monday.\n");
        site.WriteThemeFile("templates/topics.sbn-html", "<h1>Topics</h1>\n<p>Intro</p>\n<a href=\"/no-such-page/\">broken</a>\n");
        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        var broken = Assert.Single(result.Diagnostics, d => d.Rule == "broken-link");
        Assert.Equal("topics/index.html", broken.Path);
        var lines = File.ReadAllLines(Path.Combine(site.Output, "topics", "index.html"));
        Assert.Contains("/no-such-page/", lines[broken.Line - 1]);
        Assert.StartsWith($"topics/index.html:{broken.Line}:", broken.ToString());
        Assert.Contains("error: broken link '/no-such-page/'", broken.ToString());
    }

    [Fact]
    public void A_malformed_digest_is_reported_and_skipped_while_the_rest_builds()
    {
        using var site = new TempSite();
        site.AddDigest("2026-05-01-good.txt", "Ports reopen\nWhat's the story\nThe harbour reopened on Monday.\n");
        site.AddDigest("2026-05-02-bad.txt", "Only a title\n");
        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("input/2026-05-02-bad.txt", error.Path);
        Assert.Equal(1, error.Line);
        Assert.True(File.Exists(Path.Combine(site.Output, "digests", "ports-reopen", "index.html")));
        Assert.Equal("Only a title\n", File.ReadAllText(Path.Combine(site.Input, "2026-05-02-bad.txt")));
    }

    [Fact]
    public void A_foreign_non_empty_output_folder_is_refused_and_left_alone()
    {
        using var site = new TempSite();
        site.AddDigest("2026-05-01-good.txt", "Ports reopen\nWhat's the story\nThe harbour reopened on Monday.\n");
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "precious.txt"), "keep me");

        var e = Assert.Throws<ConfigException>(() => site.Build(o => o with { Clean = true }));
        Assert.Contains("not written by DigestSite", e.Message);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(site.Output, "precious.txt")));
        Assert.Throws<ConfigException>(() => site.Build(o => o with { OutputDir = site.Dir }));
    }
}

using DigestSite.Content;
using DigestSite.Diagnostics;
using DigestSite.Enrichment;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.EndToEnd;

/// <summary>
/// The content repros of the hostile-input probe: each bad file gets a <c>path:line: error</c> (or a warning),
/// the rest of the site still builds, and nothing throws.
/// </summary>
public class HostileContentTests
{
    private const string Body = "A harbour council meets at dawn\nWhat's the story\nThe council met before the boats went out.\n";

    private static string WithFrontMatter(string key) => $"---\n{key}\n---\n{Body}";

    [Theory]
    [InlineData("2026-03-21T09:30+14:30")]
    [InlineData("2026-03-21T09:30-14:01")]
    [InlineData("0001-01-01T00:00+01:00")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31T23:59-05:00")]
    [InlineData("1 January 0001")]
    public void Dates_the_calendar_cannot_hold_in_every_zone_are_refused(string raw) =>
        Assert.False(FrontMatterDates.TryParse(raw, out _));

    [Theory]
    [InlineData("2026-03-21T09:30+14:00")]
    [InlineData("2026-03-21T09:30-12:00")]
    [InlineData("0001-01-02T00:00")]
    [InlineData("9999-12-30")]
    public void Dates_at_the_edges_of_the_range_are_read(string raw) =>
        Assert.True(FrontMatterDates.TryParse(raw, out _));

    [Fact]
    public void Out_of_range_dates_are_errors_with_their_line_and_the_site_still_builds()
    {
        using var site = new TempSite("site:\n  timezone: Europe/Paris\n  baseUrl: https://news.example.org/\n");
        site.AddDigest("2026-05-01-good.txt", Body);
        site.AddDigest("offset.txt", WithFrontMatter("date: 2026-03-21T09:30+14:30"));
        site.AddDigest("year-one.txt", WithFrontMatter("date: 0001-01-01T00:00+01:00"));
        site.AddDigest("0001-01-01-named.txt", Body.Replace("harbour", "river"));

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d is { Path: "input/offset.txt", Line: 2, Severity: Severity.Error });
        Assert.Contains(result.Diagnostics, d => d is { Path: "input/year-one.txt", Line: 2, Severity: Severity.Error });
        // A file name's date that Paris time would move before year 1 is no date: the modification time is used.
        Assert.Contains(result.Diagnostics, d => d.Path == "input/0001-01-01-named.txt" && d.Message.Contains("no usable date"));
        Assert.True(File.Exists(Path.Combine(site.Output, "digests", "a-harbour-council-meets-at-dawn", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "digests", "a-river-council-meets-at-dawn", "index.html")));
    }

    [Theory]
    [InlineData("javascript://example.org/%0aalert(7731)", "javascript")]
    [InlineData(" JavaScript:alert(1)", "javascript")]
    [InlineData("java\tscript:alert(1)", "javascript")]
    [InlineData("\u0001javascript:alert(1)", "javascript")]
    [InlineData("data:text/html,<script>alert(1)</script>", "data")]
    [InlineData("vbscript:msgbox", "vbscript")]
    [InlineData("file:///etc/passwd", "file")]
    public void Script_and_local_schemes_are_not_allowed(string url, string scheme)
    {
        Assert.False(SafeUrl.IsAllowed(url));
        Assert.Equal(scheme, SafeUrl.SchemeOf(url));
    }

    [Theory]
    [InlineData("https://example.org/a?b=1")]
    [InlineData("HTTP://EXAMPLE.ORG")]
    [InlineData("mailto:desk@example.org")]
    [InlineData("/assets/storm.jpg")]
    [InlineData("../x.html#y")]
    [InlineData("//cdn.example.org/a.jpg")]
    [InlineData("#top")]
    public void Web_links_and_relative_urls_are_allowed(string url)
    {
        Assert.True(SafeUrl.IsAllowed(url));
    }

    [Fact]
    public void A_script_url_in_front_matter_is_an_error_and_never_reaches_a_page()
    {
        using var site = new TempSite();
        site.AddDigest("2026-05-01-good.txt", Body);
        site.AddDigest("2026-05-02-bad.txt", WithFrontMatter("source: \"javascript://example.org/%0aalert(7731)\""));
        site.AddDigest("2026-05-03-image.txt", "---\nimage: \"data:image/svg+xml,<svg onload=alert(7731)>\"\n---\nA second title for the image\nWhat's the story\nText of the story.\n");

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d is { Path: "input/2026-05-02-bad.txt", Line: 2, Severity: Severity.Error } && d.Message.Contains("javascript"));
        Assert.Contains(result.Diagnostics, d => d is { Path: "input/2026-05-03-image.txt", Line: 2, Severity: Severity.Error } && d.Message.Contains("data"));
        // The payload's call, not its number: the output manifest names the folder's inode and the search files
        // carry hashes, whose digits may hold any four; no file of the built-in theme says "alert".
        foreach (var file in Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain("alert", File.ReadAllText(file));
    }

    [Fact]
    public void A_theme_link_with_a_script_url_fails_validation()
    {
        using var site = new TempSite();
        site.AddDigest("2026-05-01-good.txt", Body);
        site.WriteThemeFile("templates/partials/footer.sbn-html",
            "<footer><p><a href=\" javascript:alert(1)\">Script</a> <a href=\"https://example.org/\">Web</a></p></footer>");

        var result = site.Build();

        var findings = result.Diagnostics.Where(d => d.Rule == "unsafe-url").ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.All(findings, d => Assert.Contains("'javascript:'", d.Message));
    }

    [Fact]
    public void YAML_nested_past_the_limit_is_an_error_with_its_line_not_a_stack_overflow()
    {
        var deep = "topics: " + new string('[', 50_000) + new string(']', 50_000);
        var result = DigestParser.Parse(System.Text.Encoding.UTF8.GetBytes($"---\ndate: 2026-01-02\n{deep}\n---\n{Body}"), "input/deep.txt", ".txt");
        Assert.False(result.Ok);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(3, error.Line);
        Assert.Contains("nests", error.Message);

        var config = Assert.Throws<DigestSite.Configuration.ConfigException>(() =>
            DigestSite.Configuration.ConfigLoader.Parse("topics:\n  exclude: " + new string('[', 50_000) + new string(']', 50_000), "statiq.yml"));
        Assert.Equal(2, config.Line);
    }

    [Fact]
    public void An_oversized_file_is_refused_with_an_error_and_the_rest_builds()
    {
        using var site = new TempSite();
        site.AddDigest("2026-05-01-good.txt", Body);
        site.AddDigest("2026-05-02-huge.txt", Body + string.Concat(Enumerable.Repeat("A very long paragraph of words. ", 40_000)));

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d is { Path: "input/2026-05-02-huge.txt", Line: 1, Severity: Severity.Error } && d.Message.Contains("larger than"));
        Assert.Single(Directory.GetDirectories(Path.Combine(site.Output, "digests")));
    }

    [Fact]
    public void Thousands_of_front_matter_topics_are_cut_with_a_warning()
    {
        var topics = string.Join(", ", Enumerable.Range(1, 3000).Select(i => $"Topic number {i}"));
        var result = DigestParser.Parse(System.Text.Encoding.UTF8.GetBytes($"---\ntopics: [{topics}]\n---\n{Body}"), "input/many.txt", ".txt");
        Assert.True(result.Ok);
        Assert.Equal(DigestLimits.MaxFrontMatterTopics, result.Digest!.FrontMatter.Topics.Length);
        Assert.Contains(result.Diagnostics, d => d is { Line: 2, Severity: Severity.Warning } && d.Message.Contains("3000 topics"));
    }

    [Fact]
    public void Noncharacters_are_dropped_like_other_invisible_characters()
    {
        var text = "A title \uFFFE with \U0001FFFE odd \U0010FFFF marks\nWhat's the story\nSome \uFDD0story e\u200B\u0301 text \uD802\uDFFE kept.\n";
        var result = DigestParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "input/odd.txt", ".txt");
        var digest = Assert.IsType<Digest>(result.Digest);
        Assert.Equal("A title  with  odd  marks", digest.Title);
        // The zero-width space goes before normalising, so the accent composes with its letter; U+10BFE, whose
        // low half looks like a noncharacter's, is a real character and stays.
        Assert.Equal("Some story \u00E9 text \uD802\uDFFE kept.", digest.Sections[0].Paragraphs[0]);
    }

    [Fact]
    public void Markdown_nested_past_Markdig_s_limit_is_an_error_not_an_internal_error()
    {
        var markdown = "# Deep title\n\n## What's the story\n\n" + new string('[', 20_000) + "x](u)" + new string('*', 10_000) + "\n";
        var result = DigestParser.Parse(System.Text.Encoding.UTF8.GetBytes(markdown), "input/deep.md", ".md");
        Assert.False(result.Ok);
        var error = Assert.Single(result.Diagnostics);
        Assert.DoesNotContain(DigestParser.InternalErrorPrefix, error.Message);
        Assert.Contains("Markdown that cannot be read", error.Message);
    }

    [Theory]
    [InlineData("C++", "c-plus-plus")]
    [InlineData("C", "c")]
    [InlineData("C#", "c-sharp")]
    [InlineData("Disney+", "disney-plus")]
    [InlineData("#MeToo", "metoo")]
    [InlineData("Q&A", "q-a")]
    public void Names_that_differ_only_in_plus_or_sharp_keep_their_own_slug(string name, string slug) =>
        Assert.Equal(slug, Slug.From(name));

    [Fact]
    public void A_topic_with_no_letter_or_digit_is_reported_not_dropped_silently()
    {
        using var site = new TempSite("topics:\n  minDigests: 1\n");
        site.AddDigest("2026-05-01-good.txt", "---\ntopics: [\"!!!\", C++, C]\n---\n" + Body);
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("'!!!'"));
        Assert.True(Directory.Exists(Path.Combine(site.Output, "topics", "c-plus-plus")));
        Assert.True(Directory.Exists(Path.Combine(site.Output, "topics", "c")));
    }
}

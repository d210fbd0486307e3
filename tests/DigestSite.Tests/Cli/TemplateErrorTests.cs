using System.Text.RegularExpressions;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Cli;

/// <summary>A mistake in a theme's template, as the real <c>digestsite build</c> reports it: once, at the
/// template's own path and line, with the pages it failed counted, not one message per page.</summary>
public sealed class TemplateErrorTests
{
    [Fact]
    public void An_error_in_a_partial_is_reported_once_at_the_partials_line_with_the_failed_pages_summarised()
    {
        using var site = new TempSite();
        for (var i = 1; i <= 6; i++)
            site.AddDigest($"2026-05-0{i}-ferry-{i}.txt", $"Ferry timetable number {i} published\nWhat's the story\nThe ferry runs {i} times a day.\n");
        site.WriteThemeFile("templates/partials/footer.sbn-html",
            "<footer>\n<p>{{ site.title | html.escape }}</p>\n<p>{{ site.title | no_such_filter }}</p>\n</footer>\n");

        var run = CliRunner.Digestsite(site.Dir, "build");

        Assert.Equal(1, run.ExitCode);
        var errors = run.Err.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.StartsWith("theme/templates/partials/footer.sbn-html:3:", error);
        Assert.Contains("template error: The function `no_such_filter` was not found", error);
        // Every page includes the footer: the six digests' pages among them, named up to three and counted.
        var counted = Regex.Match(error, @"\((\d+) pages not rendered: (.+) and (\d+) more\)");
        Assert.True(counted.Success, error);
        Assert.True(int.Parse(counted.Groups[1].Value) >= 6, error);
        Assert.Equal(3, counted.Groups[2].Value.Split(", ").Length);
        Assert.DoesNotContain("   at ", run.All); // no stack trace
    }

    [Fact]
    public void An_error_in_one_page_template_names_that_page()
    {
        using var site = new TempSite();
        site.AddDigest("2026-05-01-ferry.txt", "Ferry timetable published\nWhat's the story\nThe ferry runs twice a day.\n");
        site.WriteThemeFile("templates/search.sbn-html", "<h1>Search</h1>\n{{ page.title | no_such_filter }}\n");

        var run = CliRunner.Digestsite(site.Dir, "build");

        // Links to the page that is not there are reported as broken besides (Validation/FailedPageLinkTests), after
        // the template error that caused them.
        Assert.Equal(1, run.ExitCode);
        var errors = run.Err.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors, l => l.Contains(": error: template error: ", StringComparison.Ordinal));
        Assert.StartsWith("theme/templates/search.sbn-html:2:", error);
        Assert.EndsWith("(page search/index.html not rendered)", error.TrimEnd());
        Assert.Contains(errors, l => l.Contains("search/", StringComparison.Ordinal) && l != error);
        Assert.Same(error, errors[0]);
    }

    [Fact]
    public void A_syntax_error_in_a_partial_is_reported_at_the_partials_line_with_the_pages_it_stops()
    {
        using var site = new TempSite();
        site.AddDigest("2026-05-01-ferry.txt", "Ferry timetable published\nWhat's the story\nThe ferry runs twice a day.\n");
        site.WriteThemeFile("templates/partials/footer.sbn-html", "<footer>\n{{ if site.title }}\n</footer>\n");

        var run = CliRunner.Digestsite(site.Dir, "build");

        Assert.Equal(1, run.ExitCode);
        var errors = run.Err.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.StartsWith("theme/templates/partials/footer.sbn-html:", e));
        Assert.Contains(errors, e => e.Contains("error: template syntax: ", StringComparison.Ordinal));
        Assert.Contains(errors, e => Regex.IsMatch(e, @"'partials/footer' has a syntax error, reported at this line \(\d+ pages not rendered: "));
    }
}

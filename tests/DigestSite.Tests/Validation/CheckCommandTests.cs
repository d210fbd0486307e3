using DigestSite.Tests.Support;

namespace DigestSite.Tests.Validation;

/// <summary><c>digestsite check</c>, run as the real program: the build's checks plus digest and configuration
/// problems, with nothing written.</summary>
public sealed class CheckCommandTests
{
    private static Run.Outcome Check(params string[] args) =>
        Run.Process("dotnet", [Path.Combine(AppContext.BaseDirectory, "DigestSite.Cli.dll"), "check", .. args], TimeSpan.FromMinutes(2));

    [Fact]
    public void Clean_site_passes_and_nothing_is_written()
    {
        using var site = ThemeOverrideTests.SiteWithDigests();
        var before = Directory.GetFileSystemEntries(site.Dir, "*", SearchOption.AllDirectories).Order().ToList();

        var run = Check(site.Dir);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Equal("", run.Stderr);
        Assert.Contains("nothing written", run.Stdout);
        Assert.Contains("0 errors, 0 warnings", run.Stdout);
        Assert.Equal(before, Directory.GetFileSystemEntries(site.Dir, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public void Page_and_digest_problems_are_listed_with_place_and_counted_by_rule()
    {
        using var site = ThemeOverrideTests.SiteWithDigests();
        site.CopyBuiltInTheme();
        File.AppendAllText(Path.Combine(site.Dir, "theme", "templates", "digest.sbn-html"),
            "\n<a href=\"/no-such-page/\">broken</a><div id=\"dup\"></div><div id=\"dup\"></div></span>\n<h4>Deep</h4>\n");
        site.AddDigest("2026-05-20-half-written.txt", "A title and nothing else\n");

        var run = Check(site.Dir);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("input/2026-05-20-half-written.txt:", StringComparison.Ordinal) && l.Contains(": error: "));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l,
            @"^digests/harbour-ferry-returns-after-winter-repairs/index\.html:\d+:\d+: error: broken link '/no-such-page/'.* \(from input/2026-05-04-harbour-ferry\.txt via digest\)$"));
        Assert.Contains(lines, l => l.Contains(": error: duplicate id 'dup'"));
        Assert.Contains(lines, l => l.Contains(": error: HTML parse error at '</span>'"));
        Assert.Contains(lines, l => l.Contains(": warning: h4 follows h2"));

        Assert.Matches(@"\n\s+broken-link\s+2 errors\s", run.Stdout);
        Assert.Matches(@"\n\s+heading-order\s+2 warnings\s", run.Stdout);
        Assert.Matches(@"\n\s+content\s+1 error\s", run.Stdout);
        Assert.False(Directory.Exists(site.Output), "check wrote an output folder");
    }

    [Fact]
    public void Strict_fails_on_warnings()
    {
        using var site = ThemeOverrideTests.SiteWithDigests();
        site.CopyBuiltInTheme();
        File.AppendAllText(Path.Combine(site.Dir, "theme", "templates", "digest.sbn-html"), "\n<h4>Deep</h4>\n");

        Assert.Equal(0, Check(site.Dir).ExitCode);
        Assert.Equal(1, Check(site.Dir, "--strict").ExitCode);
    }

    [Fact]
    public void Configuration_error_is_exit_code_2_with_the_key_line()
    {
        using var site = ThemeOverrideTests.SiteWithDigests("site:\n  title: \"x\"\nvalidation:\n  failOn: sometimes\n");

        var run = Check(site.Dir);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("statiq.yml:4: error:", run.Stderr.Replace(site.Dir + Path.DirectorySeparatorChar, ""));
    }

    [Fact]
    public void Help_has_an_example()
    {
        var run = Check("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("digestsite check mysite", run.Stdout);
    }
}

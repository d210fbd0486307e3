using System.Text.RegularExpressions;

namespace DigestSite.Tests.Cli;

/// <summary>What <c>digestsite build</c> prints: plain lines off a terminal, grouped problems, the summary,
/// and clear errors without stack traces.</summary>
public sealed partial class BuildReportTests
{
    private const string Good = """
        ---
        date: 2026-10-01
        ---
        Lagos opens its first light rail line
        What's the story
        The first line of the Lagos light rail opened to passengers on Monday.
        Trains run every ten minutes between Marina and Mile 2.
        """;

    /// <summary>Two warnings: an unknown front matter key (line 3) and a headline with a full stop (line 9).</summary>
    private const string TwoWarnings = """
        ---
        date: 2026-10-02
        mood: cheerful
        ---
        Accra hosts a regional trade fair
        What's the story
        Traders from twelve countries came to Accra for a week-long fair.
        Prices
        Stall fees were cut by half this year.
        Organisers said the lower fees brought in smaller firms.
        """;

    private const string Broken = """
        Only a title and no story
        """;

    [Fact]
    public void Off_a_terminal_the_output_is_plain_lines_with_stage_counts_and_a_summary()
    {
        using var site = new Support.TempSite("site:\n  title: \"Test\"\n");
        site.AddDigest("2026-10-01-lagos.txt", Good);
        var run = CliRunner.Digestsite(site.Dir, "build", ".");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain('\u001b', run.All);
        Assert.Contains("reading: 1 digest files", run.Out);
        Assert.Matches(@"(?m)^rendering: \d+ pages$", run.Out);
        Assert.Matches(@"(?m)^validating: \d+ pages$", run.Out);
        Assert.Matches(@"(?m)^writing: \d+ files$", run.Out);
        Assert.Matches(@"Built 1 digest into \d+ pages \(\d+ files, \d+ topics?\)", run.Out);
        Assert.Matches(@"0 errors, 0 warnings; \d+(\.\d)? (ms|s)", run.Out);
    }

    [Fact]
    public void Quiet_prints_nothing_for_a_clean_build()
    {
        using var site = new Support.TempSite("site:\n  title: \"Test\"\n");
        site.AddDigest("2026-10-01-lagos.txt", Good);
        var run = CliRunner.Digestsite(site.Dir, "build", "--quiet");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Out);
        Assert.Equal("", run.Err);
    }

    [Fact]
    public void Problems_are_grouped_by_file_one_a_line_and_errors_give_exit_code_1()
    {
        using var site = new Support.TempSite("site:\n  title: \"Test\"\n");
        site.AddDigest("2026-10-01-lagos.txt", Good);
        site.AddDigest("2026-10-02-accra.txt", TwoWarnings);
        site.AddDigest("2026-10-03-broken.txt", Broken);
        var run = CliRunner.Digestsite(site.Dir, "build");
        Assert.True(run.ExitCode == 1, run.ToString());

        var lines = run.Err.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var problems = lines.Where(l => l.Length > 0).ToList();
        Assert.All(problems, l => Assert.Matches(ProblemLine(), l));
        Assert.Equal(
            [
                "input/2026-10-02-accra.txt:3: warning:",
                "input/2026-10-02-accra.txt:9: warning:",
                "input/2026-10-03-broken.txt:1: error:",
            ],
            problems.Select(l => l[..(l.IndexOf(": ", l.IndexOf(": ", StringComparison.Ordinal) + 2, StringComparison.Ordinal) + 1)]));
        // Each file's problems together; a blank line between files.
        Assert.Equal(["input/2026-10-02-accra.txt:3", "input/2026-10-02-accra.txt:9", "", "input/2026-10-03-broken.txt:1"],
            lines.Select(l => l.Length == 0 ? "" : l[..l.IndexOf(": ", StringComparison.Ordinal)]));
        Assert.Contains("1 error, 2 warnings", run.Out);
        Assert.Contains("Built 2 digests", run.Out);
    }

    [Fact]
    public void A_missing_site_folder_is_exit_code_2_with_one_clear_line()
    {
        using var dir = new TempDir();
        var run = CliRunner.Digestsite(dir.Path, "build", "no-such-site");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("digestsite: error: site folder 'no-such-site' does not exist", run.Err.Trim());
        Assert.Equal("", run.Out);
        Assert.False(Directory.Exists(dir["no-such-site"]));
    }

    [Fact]
    public void A_bad_statiq_yml_is_exit_code_2_with_its_line_and_no_stack_trace()
    {
        using var site = new Support.TempSite("site:\n  title: \"Test\"\npageSize: many\n");
        site.AddDigest("2026-10-01-lagos.txt", Good);
        var run = CliRunner.Digestsite(site.Dir, "build");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("statiq.yml:3: error: 'pageSize' must be a whole number", run.Err.Trim());
        Assert.DoesNotContain("Exception", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Without_statiq_yml_the_build_uses_the_defaults_and_says_so()
    {
        using var site = new Support.TempSite();
        site.AddDigest("2026-10-01-lagos.txt", Good);
        var run = CliRunner.Digestsite(site.Dir, "build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("note: no statiq.yml in '.'; using the default settings", run.Err);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.Contains("News Digest", site.ReadOutput("index.html")); // the default site.title
    }

    [Fact]
    public void On_a_terminal_the_build_shows_live_progress_unless_NO_COLOR_is_set()
    {
        using var site = new Support.TempSite("site:\n  title: \"Test\"\n");
        site.AddDigest("2026-10-01-lagos.txt", Good);

        var rich = InTerminal(site.Dir, noColor: false);
        Assert.True(rich.ExitCode == 0, rich.ToString());
        Assert.Matches(Colour(), rich.Out);
        Assert.Contains("\u001b[?25l", rich.Out);       // the live display hides the cursor while it draws
        Assert.Contains("Rendering", rich.Out);
        Assert.Contains("Build succeeded", rich.Out);
        Assert.DoesNotContain("reading: 1 digest files", rich.Out);

        var plain = InTerminal(site.Dir, noColor: true);
        Assert.True(plain.ExitCode == 0, plain.ToString());
        // (The runtime itself may switch the keypad mode on a terminal; colours and cursor moves are ours.)
        Assert.DoesNotMatch(Colour(), plain.Out);
        Assert.DoesNotContain("\u001b[?25l", plain.Out);
        Assert.Contains("reading: 1 digest files", plain.Out);
        Assert.Contains("0 errors, 0 warnings", plain.Out);
    }

    /// <summary>Runs the build under a pseudo-terminal (util-linux <c>script</c>), the only way to see what a
    /// user at a terminal sees; its exit code is the program's.</summary>
    private static CliRun InTerminal(string siteDir, bool noColor)
    {
        Assert.True(File.Exists("/usr/bin/script"), "this test needs /usr/bin/script (Debian package bsdutils) for a pseudo-terminal");
        var command = $"'{CliRunner.Dotnet}' '{CliRunner.CliDll}' build .";
        return CliRunner.Run("/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"], siteDir,
            new Dictionary<string, string?> { ["NO_COLOR"] = noColor ? "1" : null, ["TERM"] = "xterm-256color", ["COLUMNS"] = "120" });
    }

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Colour();

    [GeneratedRegex(@"^[^:\s][^:]*:\d+(:\d+)?: (error|warning): \S.*$")]
    private static partial Regex ProblemLine();
}

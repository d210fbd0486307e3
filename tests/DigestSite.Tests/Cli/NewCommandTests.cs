using System.Text.Json;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Cli;

public sealed class NewCommandTests
{
    [Fact]
    public void New_site_builds_at_once_with_no_problems()
    {
        using var dir = new TempDir();
        var created = CliRunner.Digestsite(dir.Path, "new", "site", "demo");
        Assert.True(created.ExitCode == 0, created.ToString());

        var site = dir["demo"];
        var config = File.ReadAllText(Path.Combine(site, "statiq.yml"));
        Assert.Contains("# ", config);            // commented, so a user can learn from it
        Assert.Contains("baseUrl:", config);
        var digests = Directory.GetFiles(Path.Combine(site, "input"));
        var example = Assert.Single(digests);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.txt$", Path.GetFileName(example));
        Assert.False(Directory.Exists(Path.Combine(site, "theme")), "the theme must not be copied");

        var built = CliRunner.Digestsite(dir.Path, "build", "demo");
        Assert.True(built.ExitCode == 0, built.ToString());
        Assert.Contains("Built 1 digest into", built.Out);
        Assert.Contains("0 errors, 0 warnings", built.Out);
        Assert.DoesNotContain("no statiq.yml", built.Err);
        Assert.True(File.Exists(Path.Combine(site, "output", "index.html")));
        var page = Assert.Single(Directory.GetDirectories(Path.Combine(site, "output", "digests")));
        var html = Html.Parse(File.ReadAllText(Path.Combine(page, "index.html")));
        Assert.Equal("Welcome to your new digest site", html.QuerySelector("article[data-digest] h1[data-title]")?.TextContent.Trim());
        Assert.True(html.QuerySelectorAll("section[data-section]").Length >= 3);
    }

    [Fact]
    public void New_site_refuses_a_non_empty_folder_and_writes_nothing()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir["busy"]);
        File.WriteAllText(dir["busy/notes.txt"], "mine");

        var run = CliRunner.Digestsite(dir.Path, "new", "site", "busy");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not empty", run.Err);
        Assert.DoesNotContain(" at ", run.Err);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(dir["busy"]).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(dir["busy/notes.txt"]));
    }

    [Fact]
    public void New_site_accepts_an_empty_folder_holding_only_git()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir["repo/.git"]);
        var run = CliRunner.Digestsite(dir.Path, "new", "site", "repo");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(dir["repo/statiq.yml"]));
    }

    [Fact]
    public void New_digest_never_overwrites_and_takes_the_next_suffix()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRunner.Digestsite(dir.Path, "new", "site", "demo").ExitCode);

        var first = CliRunner.Digestsite(dir.Path, "new", "digest", "São Tomé signs a \"fair price\" cocoa deal", "demo", "--date", "2026-09-16");
        Assert.True(first.ExitCode == 0, first.ToString());
        var path = dir["demo/input/2026-09-16-sao-tome-signs-a-fair-price-cocoa-deal.txt"];
        Assert.True(File.Exists(path), first.ToString());
        var skeleton = File.ReadAllText(path);
        Assert.Contains("title: \"São Tomé signs a \\\"fair price\\\" cocoa deal\"", skeleton);
        Assert.Contains("date: 2026-09-16", skeleton);
        Assert.Contains("topics: []", skeleton);
        Assert.Contains("draft: true", skeleton);
        Assert.Contains("What's the story", skeleton);

        File.WriteAllText(path, skeleton + "\nMy own words.\n");
        var second = CliRunner.Digestsite(dir.Path, "new", "digest", "São Tomé signs a \"fair price\" cocoa deal", "demo", "--date", "2026-09-16");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.EndsWith("\nMy own words.\n", File.ReadAllText(path));
        Assert.True(File.Exists(dir["demo/input/2026-09-16-sao-tome-signs-a-fair-price-cocoa-deal-2.txt"]), second.ToString());
        Assert.Contains("cocoa-deal-2.txt", second.Out);

        // A .md digest of the same name takes the name too.
        File.WriteAllText(dir["demo/input/2026-09-16-other.md"], "x");
        CliRunner.Digestsite(dir.Path, "new", "digest", "Other", "demo", "--date", "2026-09-16");
        Assert.Equal("x", File.ReadAllText(dir["demo/input/2026-09-16-other.md"]));
        Assert.True(File.Exists(dir["demo/input/2026-09-16-other-2.txt"]));
    }

    [Fact]
    public void New_digest_skeleton_parses_and_stays_out_of_the_site_until_written()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRunner.Digestsite(dir.Path, "new", "site", "demo").ExitCode);
        var run = CliRunner.Digestsite(dir.Path, "new", "digest", "Kenya opens a geothermal plant", "demo");
        Assert.True(run.ExitCode == 0, run.ToString());
        var file = Assert.Single(Directory.GetFiles(dir["demo/input"], "*kenya-opens-a-geothermal-plant.txt"));
        // Dated today in the site's time zone (UTC in a new site).
        Assert.StartsWith(DateTime.UtcNow.ToString("yyyy-MM-dd"), Path.GetFileName(file));

        var inspect = CliRunner.Digestsite(dir["demo"], "inspect", Path.GetRelativePath(dir["demo"], file), "--json");
        Assert.True(inspect.ExitCode == 0, inspect.ToString());
        var report = JsonDocument.Parse(inspect.Out).RootElement[0];
        Assert.Equal("Kenya opens a geothermal plant", report.GetProperty("title").GetString());
        Assert.DoesNotContain(report.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal(2, report.GetProperty("sections").GetArrayLength());

        var build = CliRunner.Digestsite(dir.Path, "build", "demo");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("Built 1 digest into", build.Out);
        var drafts = CliRunner.Digestsite(dir.Path, "build", "demo", "--drafts");
        Assert.True(drafts.ExitCode == 0, drafts.ToString());
        Assert.Contains("Built 2 digests into", drafts.Out);
    }

    [Fact]
    public void New_digest_in_a_missing_site_folder_is_a_usage_error()
    {
        using var dir = new TempDir();
        var run = CliRunner.Digestsite(dir.Path, "new", "digest", "A title", "nowhere");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'nowhere' does not exist", run.Err);
        Assert.False(Directory.Exists(dir["nowhere"]));
    }

    [Fact]
    public void New_digest_rejects_an_empty_title_and_a_bad_date()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRunner.Digestsite(dir.Path, "new", "site", "demo").ExitCode);
        var empty = CliRunner.Digestsite(dir.Path, "new", "digest", "  ", "demo");
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("title is empty", empty.Err);
        var badDate = CliRunner.Digestsite(dir.Path, "new", "digest", "Title", "demo", "--date", "16/09/2026");
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("YYYY-MM-DD", badDate.Err);
        Assert.Single(Directory.GetFiles(dir["demo/input"]));
    }
}

using DigestSite.Tests.Support;

namespace DigestSite.Tests.Cli;

/// <summary>The guards against silent mistakes: an input folder that is not there, a site with no digest, a file
/// that is not a digest, a publish to a local base URL, and a digest that still holds new-digest placeholders.</summary>
public sealed class GuardTests
{
    [Fact]
    public void A_missing_input_folder_named_in_statiq_yml_is_a_configuration_error_and_leaves_output_as_it_was()
    {
        using var site = new TempSite("site:\n  title: Harbour News\n");
        site.CopyDigest(Repo.SeedFile);
        Assert.Equal(0, CliRunner.Digestsite(site.Dir, "build").ExitCode);
        var pages = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Order().ToList();

        File.WriteAllText(Path.Combine(site.Dir, "statiq.yml"), "site:\n  title: Harbour News\npaths:\n  input: articles\n");
        var run = CliRunner.Digestsite(site.Dir, "build");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("statiq.yml:4: error: paths.input: the input folder 'articles' does not exist", run.Err);
        Assert.Equal(pages, Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public void A_site_with_no_digest_is_an_error_and_never_removes_earlier_output()
    {
        using var site = new TempSite();
        var seed = site.AddDigest("2026-05-01-seed.txt", File.ReadAllText(Repo.SeedFile));
        Assert.Equal(0, CliRunner.Digestsite(site.Dir, "build").ExitCode);
        var home = File.ReadAllText(Path.Combine(site.Output, "index.html"));

        File.Delete(seed);
        var run = CliRunner.Digestsite(site.Dir, "build");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/:0: error: no digest found in input/", run.Err);
        Assert.Equal(home, File.ReadAllText(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void A_build_in_an_empty_folder_is_an_error_not_an_empty_site()
    {
        using var dir = new TempDir();
        var run = CliRunner.Digestsite(dir.Path, "build");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: no input folder", run.Err);
        Assert.False(Directory.Exists(dir["output"]));
    }

    [Fact]
    public void A_file_in_input_that_is_not_a_digest_is_a_warning_naming_it()
    {
        using var site = new TempSite();
        site.CopyDigest(Repo.SeedFile);
        site.AddDigest("ferry-notes.docx", "PK\u0003\u0004 a word processor file");
        site.AddDigest("harbour.png", "an image a digest may show");
        var run = CliRunner.Digestsite(site.Dir, "build");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("input/ferry-notes.docx:0: warning: not a digest (only .txt and .md files are read); skipped", run.Err);
        Assert.DoesNotContain("harbour.png", run.Err);
    }

    [Fact]
    public void Publish_refuses_a_local_base_url_unless_told_otherwise()
    {
        using var site = new TempSite();
        site.CopyDigest(Repo.SeedFile);
        using var target = new TempDir();
        var refused = CliRunner.Digestsite(site.Dir, "publish", "--to", target["www"]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("digestsite: error: not published: site.baseUrl is http://localhost:5080/ (the default", refused.Err);
        Assert.False(Directory.Exists(target["www"]));

        Assert.Equal(0, CliRunner.Digestsite(site.Dir, "publish", "--to", target["local"], "--allow-local").ExitCode);
        var published = CliRunner.Digestsite(site.Dir, "publish", "--to", target["www"], "--base-url", "https://news.example.org/");
        Assert.Equal(0, published.ExitCode);
        Assert.Contains("https://news.example.org/", File.ReadAllText(target["www/index.html"]));
    }

    [Fact]
    public void Publish_warns_about_placeholder_text_left_by_new_digest()
    {
        using var site = new TempSite("site:\n  baseUrl: https://news.example.org/\n");
        site.CopyDigest(Repo.SeedFile);
        Assert.Equal(0, CliRunner.Digestsite(site.Dir, "new", "digest", "Ferry strike ends", "--date", "2026-05-03").ExitCode);
        var draft = Directory.GetFiles(site.Input, "*ferry-strike-ends.txt").Single();
        File.WriteAllText(draft, File.ReadAllText(draft).Replace("draft: true\n", ""));

        using var target = new TempDir();
        var run = CliRunner.Digestsite(site.Dir, "publish", "--to", target["www"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"input/2026-05-03-ferry-strike-ends\.txt:\d+: warning: placeholder text left by 'digestsite new digest'", run.Err);
    }
}

using DigestSite.Publishing;

namespace DigestSite.Tests.Publishing;

/// <summary><c>publish --git</c> against a real bare repository reached by a file:// URL.</summary>
public sealed class GitPublishTests : IDisposable
{
    private readonly PublishFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void TwoPublishesWithOneDigestEditedLeaveTwoCommitsAndTheSecondChangesOneDigestPage()
    {
        var remote = _f.CreateBareRepository();

        var first = _f.PublishGit(remote);
        _f.EditFerry();
        var second = _f.PublishGit(remote);

        Assert.Equal(PublishOutcome.Published, first.Outcome);
        Assert.Equal(PublishOutcome.Published, second.Outcome);
        Assert.Equal(0, second.ExitCode);
        var log = PublishFixture.GitLines(remote, "log", "--format=%H %P|%s", "gh-pages");
        Assert.Equal(2, log.Count);
        Assert.Equal($"{second.Commit} {first.Commit}|Publish 3 digests", log[0]);
        Assert.Equal($"{first.Commit} |Publish 3 digests", log[1]);

        // (Without rename detection: a search record named by its content is removed and another added.)
        var changed = PublishFixture.GitLines(remote, "diff", "--name-only", "--no-renames", "gh-pages~1", "gh-pages");
        var digestPages = changed.Where(p => p.StartsWith("digests/", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"digests/{PublishFixture.EditedSlug}/index.html"], digestPages);
        // Whatever else changed lists digests (home, topics, archives, feeds, sitemaps, search); never an asset.
        Assert.DoesNotContain(changed, p => p.StartsWith("assets/", StringComparison.Ordinal) || p is ".nojekyll" or "404.html");
        Assert.Contains("floating one", PublishFixture.Git(PublishFixture.PathOf(remote), "show", $"gh-pages:{digestPages[0]}"));
        Assert.Equal(changed.Count, second.Changes.Changes.Count);
    }

    [Fact]
    public void FirstCommitHoldsTheSiteAndNojekyllAndItsPagesUseTheProductionBaseUrl()
    {
        var remote = _f.CreateBareRepository();

        var result = _f.PublishGit(remote);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        var files = PublishFixture.GitLines(remote, "ls-tree", "-r", "--name-only", "gh-pages");
        Assert.Contains("index.html", files);
        Assert.Contains(".nojekyll", files);
        Assert.Contains($"digests/{PublishFixture.EditedSlug}/index.html", files);
        Assert.Contains("assets/style.css", files);
        Assert.DoesNotContain(".digestsite-manifest", files);
        Assert.DoesNotContain("CNAME", files);
        Assert.Empty(PublishFixture.Git(PublishFixture.PathOf(remote), "show", "gh-pages:.nojekyll"));

        var bare = PublishFixture.PathOf(remote);
        var home = Support.Html.Parse(PublishFixture.Git(bare, "show", "gh-pages:index.html"));
        Assert.Contains(home.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == $"/daily/digests/{PublishFixture.EditedSlug}/");
        var page = Support.Html.Parse(PublishFixture.Git(bare, "show", $"gh-pages:digests/{PublishFixture.EditedSlug}/index.html"));
        Assert.Equal($"{PublishFixture.BaseUrl}digests/{PublishFixture.EditedSlug}/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        foreach (var html in files.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
            Assert.DoesNotContain("localhost", PublishFixture.Git(bare, "show", $"gh-pages:{html}"));
    }

    [Fact]
    public void PublishingAnUnchangedSiteMakesNoCommitAndSaysNothingToPublish()
    {
        var remote = _f.CreateBareRepository();
        var first = _f.PublishGit(remote);

        var again = _f.PublishGit(remote, message: "Should not appear");

        Assert.Equal(PublishOutcome.NothingToPublish, again.Outcome);
        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith("nothing to publish", again.Message);
        Assert.Null(again.Commit);
        Assert.Equal([first.Commit!], PublishFixture.GitLines(remote, "log", "--format=%H", "gh-pages"));
    }

    [Fact]
    public void CnameIsCommittedWhenConfiguredAndTheMessageIsTheUsers()
    {
        using var f = new PublishFixture("  cname: \"news.example.org\"\n");
        var remote = f.CreateBareRepository();

        var result = f.PublishGit(remote, message: "Morning edition");

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal("news.example.org\n", PublishFixture.Git(PublishFixture.PathOf(remote), "show", "gh-pages:CNAME"));
        Assert.Equal(["Morning edition"], PublishFixture.GitLines(remote, "log", "--format=%s", "gh-pages"));
    }

    [Fact]
    public void AMissingBranchIsCreatedWithNoHistoryAndOtherBranchesAreLeftAlone()
    {
        var remote = _f.CreateBareRepository();
        var source = Path.Combine(_f.Scratch, "source");
        PublishFixture.Git(_f.Scratch, "init", "--quiet", "--initial-branch=main", source);
        File.WriteAllText(Path.Combine(source, "notes.txt"), "the site's source lives here\n");
        PublishFixture.Git(source, "add", "notes.txt");
        PublishFixture.Git(source, "-c", "user.name=Test", "-c", "user.email=test@localhost", "commit", "--quiet", "-m", "Source");
        PublishFixture.Git(source, "push", "--quiet", remote, "main");
        var main = PublishFixture.GitLines(remote, "rev-parse", "main");

        var result = _f.PublishGit(remote, branch: "pages");

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal($"{result.Commit} ", PublishFixture.GitLines(remote, "log", "--format=%H %P", "pages").Single());
        Assert.DoesNotContain("notes.txt", PublishFixture.GitLines(remote, "ls-tree", "-r", "--name-only", "pages"));
        Assert.Equal(main, PublishFixture.GitLines(remote, "rev-parse", "main"));
    }

    [Fact]
    public void DryRunListsWhatWouldChangeAndPushesNothing()
    {
        var remote = _f.CreateBareRepository();
        var onEmpty = _f.PublishGit(remote, dryRun: true);
        Assert.Equal(PublishOutcome.DryRun, onEmpty.Outcome);
        Assert.All(onEmpty.Changes.Changes, c => Assert.Equal(ChangeKind.Added, c.Kind));
        Assert.Contains(onEmpty.Changes.Changes, c => c.Path == ".nojekyll");
        Assert.NotEqual(0, PublishFixture.RunGit(PublishFixture.PathOf(remote), "rev-parse", "--verify", "gh-pages").Code);

        var published = _f.PublishGit(remote);
        _f.EditFerry();
        File.Delete(Path.Combine(_f.Site.Input, "2026-10-16-orchard-harvest.txt"));
        var dry = _f.PublishGit(remote, dryRun: true);

        Assert.Equal(PublishOutcome.DryRun, dry.Outcome);
        Assert.Contains(new FileChange(ChangeKind.Changed, $"digests/{PublishFixture.EditedSlug}/index.html"), dry.Changes.Changes);
        Assert.Contains(new FileChange(ChangeKind.Removed, "digests/orchard-harvest-comes-in-early-after-a-warm-autumn/index.html"), dry.Changes.Changes);
        Assert.StartsWith("dry run: ", dry.Message);
        Assert.Equal([published.Commit!], PublishFixture.GitLines(remote, "log", "--format=%H", "gh-pages"));
    }

    [Fact]
    public void FilesTheSiteNoLongerHasAreRemovedFromTheBranch()
    {
        var remote = _f.CreateBareRepository();
        _f.PublishGit(remote);
        // Someone committed a file by hand to the branch; the next publish replaces the branch's content.
        var clone = Path.Combine(_f.Scratch, "clone");
        PublishFixture.Git(_f.Scratch, "clone", "--quiet", "--branch", "gh-pages", remote, clone);
        File.WriteAllText(Path.Combine(clone, "hand-made.html"), "<p>not built</p>\n");
        PublishFixture.Git(clone, "add", "hand-made.html");
        PublishFixture.Git(clone, "-c", "user.name=Test", "-c", "user.email=test@localhost", "commit", "--quiet", "-m", "By hand");
        PublishFixture.Git(clone, "push", "--quiet", "origin", "gh-pages");
        File.Delete(Path.Combine(_f.Site.Input, "2026-10-16-orchard-harvest.txt"));

        var result = _f.PublishGit(remote);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal("Publish 2 digests", PublishFixture.GitLines(remote, "log", "-1", "--format=%s", "gh-pages").Single());
        var files = PublishFixture.GitLines(remote, "ls-tree", "-r", "--name-only", "gh-pages");
        Assert.DoesNotContain("hand-made.html", files);
        Assert.DoesNotContain(files, p => p.Contains("orchard", StringComparison.Ordinal));
        Assert.Equal(3, PublishFixture.GitLines(remote, "log", "--format=%H", "gh-pages").Count);
    }
}

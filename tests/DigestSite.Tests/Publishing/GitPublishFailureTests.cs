using DigestSite.Publishing;

namespace DigestSite.Tests.Publishing;

/// <summary>Failures of <c>publish --git</c> exit 1, say why, and leave the remote and the local site as they were.</summary>
public sealed class GitPublishFailureTests : IDisposable
{
    private readonly PublishFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void AnUnreachableRemoteFailsWithExitCode1AndLeavesTheLocalSiteUntouched()
    {
        var missing = "file://" + Path.Combine(_f.Scratch, "no-such-repository.git");
        var before = PublishFixture.Snapshot(_f.Site.Dir);

        var result = _f.PublishGit(missing);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not published", result.Message);
        Assert.Contains("no-such-repository.git", result.Message);
        Assert.Contains("git: ", result.Message); // git's own words are quoted
        Assert.Equal(before, PublishFixture.Snapshot(_f.Site.Dir));
        Assert.False(Directory.Exists(_f.Site.Output));
    }

    [Fact]
    public void ARejectedPushFailsAndLeavesTheBranchAsItWas()
    {
        var remote = _f.CreateBareRepository();
        var first = _f.PublishGit(remote);
        var hook = Path.Combine(PublishFixture.PathOf(remote), "hooks", "pre-receive");
        File.WriteAllText(hook, "#!/bin/sh\necho 'publishing is closed for maintenance' >&2\nexit 1\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _f.EditFerry();

        var result = _f.PublishGit(remote);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("git push", result.Message);
        Assert.Contains("publishing is closed for maintenance", result.Message);
        Assert.Equal([first.Commit!], PublishFixture.GitLines(remote, "log", "--format=%H", "gh-pages"));
    }

    [Fact]
    public void ABuildWithErrorsPublishesNothing()
    {
        var remote = _f.CreateBareRepository();
        _f.Site.AddDigest("2026-10-20-broken.txt", "A title with no story after it\n");

        var result = _f.PublishGit(remote);

        Assert.Equal(PublishOutcome.BuildFailed, result.Outcome);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Build!.Diagnostics, d => d.Path.Contains("broken", StringComparison.Ordinal));
        Assert.NotEqual(0, PublishFixture.RunGit(PublishFixture.PathOf(remote), "rev-parse", "--verify", "gh-pages").Code);
    }

    [Fact]
    public void CredentialsInTheUrlAreNeverPrinted()
    {
        // Nothing listens on port 1 of the loopback address: git fails to connect at once.
        var result = _f.PublishGit("https://publisher:s3cret-token@127.0.0.1:1/news.git");

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("s3cret-token", result.Message);
        Assert.Contains("127.0.0.1", result.Message);
    }

    [Fact]
    public void AnInvalidBranchNameIsRefusedBeforeBuilding()
    {
        var remote = _f.CreateBareRepository();

        var result = _f.PublishGit(remote, branch: "bad..name");

        Assert.Equal(PublishOutcome.Refused, result.Outcome);
        Assert.Equal(2, result.ExitCode);
        Assert.Null(result.Build);
    }
}

using System.Diagnostics;

namespace DigestSite.Tests.Publishing;

/// <summary>The <c>digestsite publish</c> command, run as its own process (as a user or a CI job runs it).</summary>
public sealed class PublishCommandTests : IDisposable
{
    private readonly PublishFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static (int Code, string StdOut, string StdErr) Digestsite(IReadOnlyDictionary<string, string?>? env, params string[] args) =>
        DigestsiteIn(null, env, args);

    private static (int Code, string StdOut, string StdErr) DigestsiteIn(string? workDir, IReadOnlyDictionary<string, string?>? env, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workDir is not null) info.WorkingDirectory = workDir;
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DigestSite.Cli.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (key, value) in env ?? new Dictionary<string, string?>())
            if (value is null) info.Environment.Remove(key); else info.Environment[key] = value;
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void PublishesToGitOnAMachineWithNoGitIdentityAndThenHasNothingToPublish()
    {
        var remote = _f.CreateBareRepository();
        // A CI machine: no global or system git config at all, so no user.name or user.email.
        var env = new Dictionary<string, string?>
        {
            ["GIT_CONFIG_GLOBAL"] = "/dev/null", ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_AUTHOR_NAME"] = null, ["GIT_AUTHOR_EMAIL"] = null, ["GIT_COMMITTER_NAME"] = null, ["GIT_COMMITTER_EMAIL"] = null,
            ["EMAIL"] = null,
        };

        var first = Digestsite(env, "publish", _f.Site.Dir, "--git", remote);
        var second = Digestsite(env, "publish", _f.Site.Dir, "--git", remote);

        Assert.True(first.Code == 0, first.StdErr);
        Assert.Contains("published 3 digests", first.StdOut);
        Assert.Equal(["DigestSite <digestsite@localhost>|DigestSite <digestsite@localhost>|Publish 3 digests"],
            PublishFixture.GitLines(remote, "log", "--format=%an <%ae>|%cn <%ce>|%s", "gh-pages"));
        Assert.Equal(0, second.Code);
        Assert.Contains("nothing to publish", second.StdOut);
    }

    [Fact]
    public void ARelativeRepositoryPathMeansThePathFromTheCurrentFolder()
    {
        var remote = _f.CreateBareRepository("pages.git");

        var (code, stdout, stderr) = DigestsiteIn(_f.Scratch, null, "publish", _f.Site.Dir, "--git", "pages.git", "--branch", "main");

        Assert.True(code == 0, stderr);
        Assert.Contains("published 3 digests", stdout);
        Assert.Contains("index.html", PublishFixture.GitLines(remote, "ls-tree", "--name-only", "main"));
    }

    [Fact]
    public void DryRunPrintsOneLinePerChange()
    {
        var (code, stdout, _) = Digestsite(null, "publish", _f.Site.Dir, "--to", _f.Www, "--dry-run");

        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("dry run: ", lines[0]);
        Assert.Contains("  added    index.html", lines);
        Assert.Contains($"  added    digests/{PublishFixture.EditedSlug}/index.html", lines);
        Assert.False(Directory.Exists(_f.Www));
        Assert.Empty(Directory.GetFileSystemEntries(_f.Scratch));
    }

    [Fact]
    public void AnUnreachableRemoteExits1WithAClearMessage()
    {
        var (code, _, stderr) = Digestsite(null, "publish", _f.Site.Dir, "--git", "file://" + Path.Combine(_f.Scratch, "nowhere.git"));

        Assert.Equal(1, code);
        Assert.StartsWith("digestsite: error: not published: reaching file://", stderr);
        Assert.Contains("the remote and the local site were left as they were", stderr);
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("publish", "--to", "www", "--git", "file:///tmp/x.git")]
    [InlineData("publish", "--to", "www", "--message", "Hello")]
    [InlineData("publish", "--git", "file:///tmp/x.git", "--force")]
    public void AskingForNoTargetOrMixingTheirOptionsIsAUsageError(params string[] args)
    {
        var (code, _, stderr) = Digestsite(null, args);

        Assert.Equal(2, code);
        Assert.StartsWith("digestsite: error: ", stderr);
    }

    [Fact]
    public void HelpShowsBothTargetsWithExamples()
    {
        var (code, stdout, _) = Digestsite(null, "publish", "--help");

        Assert.Equal(0, code);
        Assert.Contains("Examples:", stdout);
        Assert.Contains("digestsite publish mysite --to ", stdout);
        Assert.Contains("digestsite publish mysite --git ", stdout);
        Assert.Contains("--dry-run", stdout);
        Assert.Contains("[default: gh-pages]", stdout);
    }
}

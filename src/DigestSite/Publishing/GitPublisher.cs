using DigestSite.Build;

namespace DigestSite.Publishing;

/// <summary>
/// <c>publish --git URL</c>: builds into a temporary folder, fetches the branch (only its last commit) into a
/// temporary work folder — or starts it as an orphan when the remote lacks it — replaces the branch's content
/// with the site plus <c>.nojekyll</c> and <c>CNAME</c>, commits and pushes. A site that did not change makes no
/// commit. Nothing outside the temporary folder is written, so a failure leaves the local site as it was; the
/// remote changes only through the final push, which git applies whole or not at all.
/// </summary>
internal static class GitPublisher
{
    /// <summary>Tells GitHub Pages to serve the files as they are, without running Jekyll (which would drop
    /// folders starting with '_' and spend minutes on a site that is already built).</summary>
    public const string NoJekyll = ".nojekyll";
    public const string Cname = "CNAME";
    public const string DefaultName = "DigestSite";
    public const string DefaultEmail = "digestsite@localhost";

    public static PublishResult Publish(PublishOptions options, GitTarget target)
    {
        target = target with { Url = target.Url.StartsWith('-') ? target.Url : GitUrl.Resolve(target.Url) };
        var secret = GitUrl.UserInfo(target.Url);
        var shown = GitUrl.Redact(target.Url);
        StaleFolders.RemoveTemporary(Path.GetTempPath()); // what killed publishes left
        var temp = Path.Combine(Path.GetTempPath(), StaleFolders.NewName("digestsite-publish-"));
        var siteDir = Path.Combine(temp, "site");
        var workDir = Path.Combine(temp, "work");
        BuildResult? build = null;
        try
        {
            if (Refusal(target) is { } refusal) return refusal;
            (build, var failure) = StagedBuild.Run(options, siteDir);
            if (failure is not null) return failure;
            PrepareBranchContent(siteDir, build!);

            Directory.CreateDirectory(workDir);
            var git = new GitCommand(workDir);
            git.Check("git init", "init", "--quiet");
            CheckOutBranch(git, target, shown);

            var changes = ChangeList.Between(workDir, siteDir, IsGitMetadata);
            var digests = build!.Stats.Digests;
            var where = $"{shown} (branch {target.Branch})";
            if (options.DryRun)
                return new(PublishOutcome.DryRun, $"dry run: publishing {digests} digests to {where} would make {changes.Summary}",
                    ExitCodes.Success, build, changes);

            Apply(changes, siteDir, workDir);
            git.Check("git add", "add", "--all", "--force", ".");
            if (changes.IsEmpty || git.Run("diff", "--cached", "--quiet").Ok)
                return new(PublishOutcome.NothingToPublish, $"nothing to publish: {where} already holds this site",
                    ExitCodes.Success, build, ChangeList.Empty);

            var message = string.IsNullOrWhiteSpace(target.Message) ? $"Publish {digests} digests" : target.Message;
            var committer = git with { Config = Identity(git) };
            committer.Check("git commit", "commit", "--quiet", "--no-verify", "--message", message);
            var commit = git.Check("git rev-parse", "rev-parse", "HEAD").StdOut.Trim();
            git.Check($"git push to {where}", "push", "--quiet", "--no-verify", target.Url, $"HEAD:refs/heads/{target.Branch}");
            return new(PublishOutcome.Published, $"published {digests} digests to {where}: commit {commit[..Math.Min(12, commit.Length)]}, {changes.Summary}",
                ExitCodes.Success, build, changes) { Commit = commit };
        }
        catch (Exception e) when (e is GitFailedException or GitNotFoundException or IOException or UnauthorizedAccessException)
        {
            var why = secret is null ? e.Message : e.Message.Replace(secret, "***", StringComparison.Ordinal);
            var (first, rest) = why.IndexOf('\n') is var n and >= 0 ? (why[..n], why[n..]) : (why, "");
            return PublishResult.Failed($"not published: {first}; the remote and the local site were left as they were{rest}", build);
        }
        finally
        {
            try { if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* a leftover temp folder harms no one */ }
        }
    }

    private static PublishResult? Refusal(GitTarget target)
    {
        if (target.Url.Length == 0 || target.Url.StartsWith('-'))
            return PublishResult.Refused($"'{GitUrl.Redact(target.Url)}' is not a git remote URL");
        if (!new GitCommand(Path.GetTempPath()).Run("check-ref-format", "--branch", target.Branch).Ok)
            return PublishResult.Refused($"'{target.Branch}' is not a valid branch name");
        return null;
    }

    /// <summary>The branch holds the site as served: the manifest is dropped (git keeps the file list, and the
    /// branch is never an output folder the writer cleans), <c>.nojekyll</c> and <c>CNAME</c> are added.</summary>
    private static void PrepareBranchContent(string siteDir, BuildResult build)
    {
        File.Delete(Path.Combine(siteDir, Writing.OutputFolder.ManifestName));
        File.WriteAllBytes(Path.Combine(siteDir, NoJekyll), []);
        var cname = build.Site?.Config.Site.Cname.Trim() ?? "";
        if (cname.Length > 0) File.WriteAllText(Path.Combine(siteDir, Cname), cname + "\n");
    }

    private static void CheckOutBranch(GitCommand git, GitTarget target, string shown)
    {
        var exists = git.Run("ls-remote", "--exit-code", "--heads", target.Url, $"refs/heads/{target.Branch}");
        if (exists.ExitCode == 2)
        {
            // The remote answered but has no such branch: start it with no history of the source branch.
            git.Check("git checkout --orphan", "checkout", "--quiet", "--orphan", target.Branch);
            return;
        }
        if (!exists.Ok) throw new GitFailedException($"reaching {shown}", exists);
        git.Check($"fetching branch {target.Branch} from {shown}", "fetch", "--quiet", "--depth=1", "--no-tags", target.Url,
            $"+refs/heads/{target.Branch}:refs/remotes/origin/{target.Branch}");
        git.Check("git checkout", "checkout", "--quiet", "-B", target.Branch, $"refs/remotes/origin/{target.Branch}");
    }

    /// <summary>Makes the work folder hold the site: writes added and changed files, deletes removed ones.</summary>
    private static void Apply(ChangeList changes, string siteDir, string workDir)
    {
        foreach (var change in changes.Changes)
        {
            var target = Path.Combine(workDir, change.Path);
            if (change.Kind == ChangeKind.Removed)
            {
                File.Delete(target);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(siteDir, change.Path), target, overwrite: true);
        }
    }

    /// <summary>The user's git identity when git config has one; else DigestSite's, so a publish works on a
    /// CI machine with no identity configured. (GIT_AUTHOR_*/GIT_COMMITTER_* variables still win.)</summary>
    private static IReadOnlyList<string> Identity(GitCommand git)
    {
        var name = git.Run("config", "user.name");
        var email = git.Run("config", "user.email");
        return name.Ok && email.Ok && name.StdOut.Trim().Length > 0 && email.StdOut.Trim().Length > 0
            ? []
            : [$"user.name={DefaultName}", $"user.email={DefaultEmail}"];
    }

    private static bool IsGitMetadata(string relativePath) =>
        relativePath.StartsWith(".git/", StringComparison.Ordinal);
}

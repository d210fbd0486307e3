using DigestSite.Build;

namespace DigestSite.Publishing;

public enum PublishOutcome
{
    /// <summary>The target now holds the new site.</summary>
    Published,
    /// <summary>The target already held exactly this site; nothing was written or committed.</summary>
    NothingToPublish,
    /// <summary>--dry-run: the changes were listed, the target was left as it was.</summary>
    DryRun,
    /// <summary>The target is not ours to replace, or the options are wrong; nothing was built (exit code 2).</summary>
    Refused,
    /// <summary>The build failed (configuration error, or errors in the site); nothing was published.</summary>
    BuildFailed,
    /// <summary>Publishing itself failed (file system, unreachable remote, rejected push); the target is as it was.</summary>
    Failed,
}

/// <summary>What a publish did, with the build it published (null when it refused before building), the
/// changes it made or would make, and a one-line message for the user.</summary>
public sealed record PublishResult(PublishOutcome Outcome, string Message, int ExitCode, BuildResult? Build, ChangeList Changes)
{
    /// <summary>The new commit, for a git target that published.</summary>
    public string? Commit { get; init; }

    public static PublishResult Refused(string message) =>
        new(PublishOutcome.Refused, message, ExitCodes.Usage, null, ChangeList.Empty);

    public static PublishResult BuildFailed(string message, BuildResult? build) =>
        new(PublishOutcome.BuildFailed, message, build is { ExitCode: > 0 } ? build.ExitCode : ExitCodes.Usage, build, ChangeList.Empty);

    public static PublishResult Failed(string message, BuildResult? build) =>
        new(PublishOutcome.Failed, message, ExitCodes.Failed, build, ChangeList.Empty);
}

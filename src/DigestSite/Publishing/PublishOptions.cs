namespace DigestSite.Publishing;

/// <summary>What the user asked of a publish (the CLI's options, in typed form).</summary>
public sealed record PublishOptions
{
    public required string SiteDir { get; init; }
    public required PublishTarget Target { get; init; }
    /// <summary>Build and compare, then report what would change; the target is left as it is.</summary>
    public bool DryRun { get; init; }
    /// <summary>Overrides <c>site.baseUrl</c> (<c>--base-url</c>); null publishes with the configured one.</summary>
    public string? BaseUrl { get; init; }
    /// <summary>Publish even though the base URL is a local address (<c>--allow-local</c>).</summary>
    public bool AllowLocal { get; init; }
    /// <summary>"Now", for deciding which digests are in the future; fixed in tests.</summary>
    public DateTimeOffset? Now { get; init; }
}

/// <summary>Where a publish goes: a folder (<see cref="FolderTarget"/>) or a git branch (<see cref="GitTarget"/>).</summary>
public abstract record PublishTarget;

/// <summary>A folder a web server serves. <paramref name="Force"/> allows replacing a non-empty folder that
/// DigestSite did not write.</summary>
public sealed record FolderTarget(string Dir, bool Force = false) : PublishTarget;

/// <summary>A branch of a git repository (GitHub Pages, Codeberg Pages, any git host). A null message means
/// the default, <c>Publish &lt;n&gt; digests</c>.</summary>
public sealed record GitTarget(string Url, string Branch = GitTarget.DefaultBranch, string? Message = null) : PublishTarget
{
    public const string DefaultBranch = "gh-pages";
}

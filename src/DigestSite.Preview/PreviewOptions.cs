namespace DigestSite.Preview;

/// <summary>What the user asked of a preview (the CLI's options, in typed form).</summary>
public sealed record PreviewOptions
{
    public required string SiteDir { get; init; }
    /// <summary>An IP address or "localhost"; loopback by default, so the preview is not reachable from elsewhere.</summary>
    public string Host { get; init; } = "127.0.0.1";
    /// <summary>0 asks the system for a free port (tests and benchmarks use it).</summary>
    public int Port { get; init; } = 5080;
    /// <summary>How long the inputs must stay quiet before a rebuild: an editor's save is often several writes.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(100);
    /// <summary>"Now" for the build (what counts as future); fixed in tests.</summary>
    public DateTimeOffset? Now { get; init; }
}

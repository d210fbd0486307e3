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
    /// <summary>Show digests marked <c>draft: true</c> (each with a banner saying so).</summary>
    public bool Drafts { get; init; }
    /// <summary>Show digests dated after now (each with a banner saying when it is published).</summary>
    public bool Future { get; init; }
    /// <summary>True when the port is the default one, not one the user chose: a busy default port moves to the
    /// next free one, a busy chosen port is an error.</summary>
    public bool PortIsDefault { get; init; }
    /// <summary>"Now" for the build (what counts as future); fixed in tests.</summary>
    public DateTimeOffset? Now { get; init; }
}

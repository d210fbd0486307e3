using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace DigestSite.Preview.Serving;

/// <summary>
/// Kestrel's limits for a preview: one editor's browser needs a handful of connections (pages, assets, one event
/// stream a tab). A flood of connections is refused at the limit instead of taking every file descriptor of the
/// process, and slow or oversized requests are cut off.
/// </summary>
public static class ServerLimits
{
    /// <summary>Open connections at once, event streams included.</summary>
    public const int Connections = 256;

    /// <summary>Live-reload event streams at once (one per open tab); more get 503.</summary>
    public const int EventStreams = 64;

    public static void Apply(KestrelServerLimits limits)
    {
        limits.MaxConcurrentConnections = Connections;
        limits.MaxConcurrentUpgradedConnections = 0;
        limits.MaxRequestBodySize = 0; // only GET and HEAD are answered
        limits.MaxRequestHeaderCount = 64;
        limits.MaxRequestHeadersTotalSize = 16 * 1024;
        limits.MaxRequestLineSize = 8 * 1024;
        limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        limits.KeepAliveTimeout = TimeSpan.FromSeconds(30);
    }
}

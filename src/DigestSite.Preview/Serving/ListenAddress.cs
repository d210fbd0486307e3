using System.Net;

namespace DigestSite.Preview.Serving;

/// <summary>The address the preview listens on, parsed from <c>--host</c>: an IP address or "localhost".</summary>
public sealed record ListenAddress(string Host, IPAddress? Ip)
{
    public static bool TryParse(string host, out ListenAddress address, out string? problem)
    {
        address = new ListenAddress("127.0.0.1", IPAddress.Loopback);
        problem = null;
        var text = host.Trim().TrimStart('[').TrimEnd(']');
        if (string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = new ListenAddress("localhost", null);
            return true;
        }
        if (IPAddress.TryParse(text, out var ip))
        {
            address = new ListenAddress(text, ip);
            return true;
        }
        problem = $"--host must be an IP address or 'localhost', not '{host}'";
        return false;
    }

    /// <summary>Only loopback keeps the preview private to this machine; anything else deserves a warning.</summary>
    public bool IsLoopback => Ip is null || IPAddress.IsLoopback(Ip);

    /// <summary>The URL a browser on this machine uses: a wildcard address is reached through loopback.</summary>
    public string UrlFor(int port)
    {
        var host = Ip switch
        {
            null => "localhost",
            _ when Ip.Equals(IPAddress.Any) => "127.0.0.1",
            _ when Ip.Equals(IPAddress.IPv6Any) => "[::1]",
            { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } => $"[{Ip}]",
            _ => Ip.ToString(),
        };
        return $"http://{host}:{port}/";
    }
}

using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace DigestSite.Preview.Serving;

/// <summary>
/// Answers only requests addressed to this machine by a name no web page can take over: <c>localhost</c>,
/// <c>127.0.0.1</c>, <c>[::1]</c> and the <c>--host</c> the preview listens on. A page on another site that makes
/// its own domain name resolve to 127.0.0.1 (DNS rebinding) sends its own name as Host and gets 403. When the
/// preview listens beyond loopback (<c>--host 0.0.0.0</c>), any IP address is accepted too: a name can be
/// rebound, an address cannot.
/// </summary>
public sealed class HostCheck(ListenAddress address)
{
    public bool Allows(HostString host)
    {
        if (!host.HasValue) return false; // HTTP/1.1 requires it; Kestrel already refuses most requests without
        var name = host.Host.TrimStart('[').TrimEnd(']');
        if (string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(name, address.Host.TrimStart('[').TrimEnd(']'), StringComparison.OrdinalIgnoreCase)) return true;
        if (!IPAddress.TryParse(name, out var ip)) return false;
        return IPAddress.IsLoopback(ip) || !address.IsLoopback;
    }

    public static Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(
            "403 Forbidden: the preview answers only requests to localhost, 127.0.0.1 or [::1].\n")).AsTask();
    }
}

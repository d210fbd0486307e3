using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DigestSite.Tests.Preview;

/// <summary>An HTTP/1.1 request written by hand on a socket, so the request target reaches the server exactly as
/// written (HttpClient would tidy "/../" and encodings away before sending).</summary>
public sealed record RawResponse(int Status, string Head, string Body)
{
    public string? Header(string name) => Head.Split("\r\n")
        .Select(l => l.Split(':', 2))
        .Where(p => p.Length == 2 && p[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
        .Select(p => p[1].Trim())
        .FirstOrDefault();

    public static async Task<RawResponse> SendAsync(int port, string target, string method = "GET")
    {
        using var tcp = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await tcp.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
        var stream = tcp.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, timeout.Token);
        var text = Encoding.UTF8.GetString(buffer.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : text[(split + 4)..];
        var status = int.Parse(head.Split(' ', 3)[1]);
        return new RawResponse(status, head, body);
    }
}

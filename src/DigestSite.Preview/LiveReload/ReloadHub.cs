using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace DigestSite.Preview.LiveReload;

/// <summary>
/// The Server-Sent Events endpoint: every open page holds one stream, gets the current status when it
/// connects and each new status after a build. Streams end when the page goes away or the server stops, so a
/// tab left open never holds up shutdown.
/// </summary>
public sealed class ReloadHub
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    private readonly ConcurrentDictionary<Channel<string>, byte> _clients = new();
    private volatile string _current;

    public ReloadHub(PreviewStatus initial) => _current = initial.ToJson();

    public int Clients => _clients.Count;

    public void Publish(PreviewStatus status)
    {
        _current = status.ToJson();
        foreach (var client in _clients.Keys) client.Writer.TryWrite(_current);
    }

    public async Task ServeAsync(HttpContext context, CancellationToken stopping)
    {
        var response = context.Response;
        if (_clients.Count >= Serving.ServerLimits.EventStreams)
        {
            // A tab's script retries after a while; a flood gets no stream to hold open.
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";

        // Only the latest status matters: a slow page skips the ones it had no time to read.
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        _clients.TryAdd(channel, 0);
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            // "retry": how soon the browser reconnects after the server restarts.
            await response.WriteAsync($"retry: 1000\n\n{Event(_current)}", ended.Token);
            await response.Body.FlushAsync(ended.Token);
            while (!ended.IsCancellationRequested)
            {
                var message = await NextAsync(channel.Reader, ended.Token);
                await response.WriteAsync(message is null ? ": still here\n\n" : Event(message), ended.Token);
                await response.Body.FlushAsync(ended.Token);
            }
        }
        catch (OperationCanceledException) { }
        catch (IOException) { } // the page went away mid-write
        finally
        {
            _clients.TryRemove(channel, out _);
        }
    }

    /// <summary>The next status, or null after a quiet while (a comment line then tells a dead peer apart).</summary>
    private static async Task<string?> NextAsync(ChannelReader<string> reader, CancellationToken ended)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ended);
        wait.CancelAfter(Heartbeat);
        try
        {
            await reader.WaitToReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!ended.IsCancellationRequested)
        {
            return null;
        }
        return reader.TryRead(out var message) ? message : null;
    }

    private static string Event(string json) => $"event: status\ndata: {json}\n\n";
}

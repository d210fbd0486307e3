using System.Text.Json;
using DigestSite.Preview.LiveReload;

namespace DigestSite.Tests.Preview;

/// <summary>A client of the preview's Server-Sent Events endpoint, as a page's EventSource would be.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpClient http, HttpResponseMessage response, StreamReader reader)
    {
        _http = http;
        _response = response;
        _reader = reader;
    }

    public HttpResponseMessage Response => _response;

    public static async Task<EventStream> OpenAsync(string baseUrl)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = Timeout.InfiniteTimeSpan };
        var response = await http.GetAsync(LiveReloadScript.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        return new EventStream(http, response, reader);
    }

    /// <summary>The next "status" event, or null when the server ended the stream.</summary>
    public async Task<PreviewStatus?> NextStatusAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        string? eventName = null;
        while (await _reader.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) eventName = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName == "status")
                return JsonSerializer.Deserialize<PreviewStatus>(line["data: ".Length..]);
        }
        return null;
    }

    public async Task<PreviewStatus> NextStatusAsync(Func<PreviewStatus, bool> until, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            var status = left > TimeSpan.Zero ? await NextStatusAsync(left) : null;
            if (status is null) throw new TimeoutException("no matching status event before the stream ended or time ran out");
            if (until(status)) return status;
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        _http.Dispose();
        return ValueTask.CompletedTask;
    }
}

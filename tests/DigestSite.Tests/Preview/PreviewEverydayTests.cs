using System.Net;
using System.Net.Sockets;
using DigestSite.Preview;
using DigestSite.Preview.Building;
using DigestSite.Preview.Serving;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Preview;

/// <summary>The preview as a desk uses it all day: incremental rebuilds, drafts and scheduled digests, a busy
/// default port, requests by foreign host names, and the temp folders of previews that were killed.</summary>
public sealed class PreviewEverydayTests
{
    /// <summary>A digest marked as a draft, for the preview's <c>--drafts</c>.</summary>
    internal const string Draft = """
        ---
        title: "Harbour council weighs a night ferry"
        date: 2026-05-02
        draft: true
        ---
        Harbour council weighs a night ferry
        What's the story
        The harbour council is considering a night ferry to the islands, a draft not yet ready for readers.
        """;

    private const string Scheduled = """
        ---
        title: "Bridge reopens after a year of repairs"
        date: 2099-01-01T08:00Z
        ---
        Bridge reopens after a year of repairs
        What's the story
        The old bridge reopens to traffic on Monday after a year of repairs, the city said on Friday.
        """;

    [Fact]
    public async Task A_rebuild_is_incremental_and_writes_nothing_into_the_site_folder()
    {
        await using var preview = await RunningPreview.StartAsync();
        var total = Directory.GetFiles(preview.Session.OutputDir, "*", SearchOption.AllDirectories).Length;
        var rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        preview.Session.Rebuilt += outcome => { if (outcome.Published) rebuilt.TrySetResult(); };
        preview.RetitleSeed("Japan and India sign a pact against terrorism");
        await rebuilt.Task.WaitAsync(RunningPreview.Patience);

        // The console line of the rebuild was written before Rebuilt was raised (and nothing writes meanwhile).
        var rebuild = preview.Output.ToString().Split('\n').Where(l => l.StartsWith("Built ")).ElementAt(1);
        var written = int.Parse(System.Text.RegularExpressions.Regex.Match(rebuild, @"(\d+) files written").Groups[1].Value);
        Assert.InRange(written, 1, total / 2);
        Assert.False(Directory.Exists(Path.Combine(preview.Site.Dir, ".digestsite")), "the preview wrote a cache into the site");
        Assert.False(Directory.Exists(preview.Site.Output));
    }

    [Fact]
    public async Task Drafts_and_scheduled_digests_are_shown_with_drafts_and_future_and_marked_as_such()
    {
        await using var preview = await RunningPreview.StartAsync(site =>
        {
            site.AddDigest("night-ferry.txt", Draft);
            site.AddDigest("bridge.txt", Scheduled);
        }, o => o with { Drafts = true, Future = true });

        var marks = preview.Session.Status.Unpublished;
        var draft = marks.Single(m => m.Key.Contains("night-ferry"));
        var scheduled = marks.Single(m => m.Key.Contains("bridge-reopens"));
        Assert.StartsWith("Draft", draft.Value);
        Assert.StartsWith("Scheduled: published from 2099-01-01 08:00", scheduled.Value);
        Assert.Equal(HttpStatusCode.OK, (await preview.Http.GetAsync(draft.Key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await preview.Http.GetAsync(scheduled.Key)).StatusCode);
        Assert.DoesNotContain(marks.Keys, k => k.Contains("japan"));
    }

    [Fact]
    public async Task Without_drafts_a_draft_is_not_shown()
    {
        await using var preview = await RunningPreview.StartAsync(site => site.AddDigest("night-ferry.txt", Draft));
        Assert.Empty(preview.Session.Status.Unpublished);
        Assert.Equal(HttpStatusCode.NotFound, (await preview.Http.GetAsync("/digests/harbour-council-weighs-a-night-ferry/")).StatusCode);
    }

    [Fact]
    public async Task A_request_for_a_foreign_host_name_is_refused_and_local_names_are_answered()
    {
        await using var preview = await RunningPreview.StartAsync();
        var port = new Uri(preview.Session.Url).Port;
        foreach (var (host, expected) in new[]
                 {
                     ($"rebind.attacker.example:{port}", HttpStatusCode.Forbidden),
                     ("attacker.example", HttpStatusCode.Forbidden),
                     ($"localhost:{port}", HttpStatusCode.OK),
                     ($"127.0.0.1:{port}", HttpStatusCode.OK),
                 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Host = host;
            using var answer = await preview.Http.SendAsync(request);
            Assert.True(expected == answer.StatusCode, $"Host {host}: {answer.StatusCode}");
        }
        using var events = new HttpRequestMessage(HttpMethod.Get, "/__digestsite/events");
        events.Headers.Host = "rebind.attacker.example";
        using var refused = await preview.Http.SendAsync(events, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public void Host_check_accepts_addresses_beyond_loopback_only_when_listening_beyond_it()
    {
        Assert.True(ListenAddress.TryParse("0.0.0.0", out var any, out _));
        Assert.True(new HostCheck(any).Allows(new("192.168.1.20:5080")));
        Assert.False(new HostCheck(any).Allows(new("news.attacker.example:5080")));
        Assert.True(ListenAddress.TryParse("127.0.0.1", out var loopback, out _));
        Assert.False(new HostCheck(loopback).Allows(new("192.168.1.20:5080")));
        Assert.True(new HostCheck(loopback).Allows(new("[::1]:5080")));
    }

    [Fact]
    public async Task A_busy_default_port_moves_to_the_next_free_one_and_a_chosen_one_is_an_error()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var errors = new StringWriter();
        await using (var moved = await PreviewSession.StartAsync(
                         new PreviewOptions { SiteDir = Repo.Root, Port = port, PortIsDefault = true }, new PreviewConsole(TextWriter.Null, errors)))
        {
            Assert.NotEqual(port, new Uri(moved.Url).Port);
            Assert.Contains($"port {port} is in use; serving on port {new Uri(moved.Url).Port} instead", errors.ToString());
        }

        var refused = await Assert.ThrowsAsync<PreviewStartException>(() =>
            PreviewSession.StartAsync(new PreviewOptions { SiteDir = Repo.Root, Port = port }, PreviewConsole.Silent));
        Assert.Contains($"port {port} is already in use", refused.Message);
    }

    [Fact]
    public async Task Folders_of_killed_previews_are_removed_on_start_and_the_session_removes_its_own()
    {
        var temp = Path.GetTempPath();
        var dead = Path.Combine(temp, $"{SessionFolders.Prefix}{int.MaxValue - 7}-{Guid.NewGuid().ToString("N")[..12]}");
        var live = SessionFolders.NewPath(temp); // this process: still running
        var other = Path.Combine(temp, $"{SessionFolders.Prefix}not-ours");
        foreach (var folder in new[] { dead, live, other })
        {
            Directory.CreateDirectory(Path.Combine(folder, "a"));
            File.WriteAllText(Path.Combine(folder, "a", "index.html"), "left behind");
        }
        try
        {
            await using var preview = await RunningPreview.StartAsync();
            Assert.False(Directory.Exists(dead));
            Assert.True(Directory.Exists(live));
            Assert.True(Directory.Exists(other));
            var own = preview.Session.SessionDir;
            Assert.StartsWith(temp, own);
            await preview.DisposeAsync();
            Assert.False(Directory.Exists(own));
        }
        finally
        {
            foreach (var folder in new[] { dead, live, other })
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_flood_of_event_streams_is_capped_and_pages_are_still_served()
    {
        await using var preview = await RunningPreview.StartAsync();
        var streams = new List<HttpResponseMessage>();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000 }) { BaseAddress = new Uri(preview.Session.Url) };
        try
        {
            for (var i = 0; i < ServerLimits.EventStreams; i++)
            {
                var stream = await client.GetAsync("/__digestsite/events", HttpCompletionOption.ResponseHeadersRead);
                Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
                streams.Add(stream);
            }
            using var refused = await client.GetAsync("/__digestsite/events", HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await preview.Http.GetAsync("/")).StatusCode);
        }
        finally
        {
            foreach (var stream in streams) stream.Dispose();
        }
    }
}

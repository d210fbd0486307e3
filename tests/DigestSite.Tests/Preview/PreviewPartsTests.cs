using System.Diagnostics;
using System.Text;
using DigestSite.Preview.Building;
using DigestSite.Preview.LiveReload;
using DigestSite.Preview.Serving;
using DigestSite.Preview.Watching;

namespace DigestSite.Tests.Preview;

/// <summary>The preview's small parts on their own: the listen address, the debouncer, the script insertion,
/// and the page moves computed between two builds.</summary>
public sealed class PreviewPartsTests
{
    [Theory]
    [InlineData("127.0.0.1", true, "http://127.0.0.1:5080/")]
    [InlineData("localhost", true, "http://localhost:5080/")]
    [InlineData("::1", true, "http://[::1]:5080/")]
    [InlineData("[::1]", true, "http://[::1]:5080/")]
    [InlineData("0.0.0.0", false, "http://127.0.0.1:5080/")]
    [InlineData("192.168.1.20", false, "http://192.168.1.20:5080/")]
    public void Hosts_parse_and_only_loopback_counts_as_private(string host, bool loopback, string url)
    {
        Assert.True(ListenAddress.TryParse(host, out var address, out _));
        Assert.Equal(loopback, address.IsLoopback);
        Assert.Equal(url, address.UrlFor(5080));
    }

    [Fact]
    public void A_host_name_other_than_localhost_is_refused()
    {
        Assert.False(ListenAddress.TryParse("example.org", out _, out var problem));
        Assert.Contains("--host", problem);
    }

    [Fact]
    public async Task A_burst_of_signals_gives_one_wait_that_ends_after_the_quiet_time()
    {
        var quiet = TimeSpan.FromMilliseconds(200);
        var debouncer = new Debouncer(quiet, TimeSpan.FromSeconds(5));
        for (var i = 0; i < 50; i++) debouncer.Signal();
        var lastSignal = Stopwatch.StartNew();

        await debouncer.WaitForBurstAsync(CancellationToken.None);
        Assert.True(lastSignal.Elapsed >= quiet - TimeSpan.FromMilliseconds(5), $"returned after {lastSignal.Elapsed}");

        var second = debouncer.WaitForBurstAsync(CancellationToken.None);
        Assert.NotSame(second, await Task.WhenAny(second, Task.Delay(quiet * 3)));
        debouncer.Signal();
        await second.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_steady_stream_of_signals_still_ends_a_wait_after_the_longest_time()
    {
        var debouncer = new Debouncer(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(600));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var signals = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                debouncer.Signal();
                await Task.Delay(20);
            }
        });
        var clock = Stopwatch.StartNew();
        await debouncer.WaitForBurstAsync(CancellationToken.None);
        var waited = clock.Elapsed;
        var stillSignalling = !stop.IsCancellationRequested;
        stop.Cancel();
        await signals;
        Assert.True(stillSignalling, $"the wait lasted until the signals stopped ({waited})");
    }

    [Theory]
    [InlineData("<html><body><p>x</p></body></html>", "<html><body><p>x</p>TAG</body></html>")]
    [InlineData("<p>x</p></BODY>", "<p>x</p>TAG</BODY>")]
    [InlineData("<p>no body end</p>", "<p>no body end</p>TAG")]
    [InlineData("<body><p>&lt;/body&gt; in text</p></body>", "<body><p>&lt;/body&gt; in text</p>TAG</body>")]
    public void The_script_goes_before_the_last_closing_body_tag(string html, string expected)
    {
        var tag = $"<script src=\"{LiveReloadScript.Path}\" data-version=\"v-2\"></script>";
        var result = Encoding.UTF8.GetString(LiveReloadScript.InjectInto(Encoding.UTF8.GetBytes(html), "v-2"));
        Assert.Equal(expected.Replace("TAG", tag), result);
    }

    [Fact]
    public void Moves_map_the_old_page_of_a_retitled_digest_to_its_new_one()
    {
        var before = new Dictionary<string, string> { ["input/a.txt"] = "/digests/old-a/", ["input/b.txt"] = "/digests/b/", ["input/gone.txt"] = "/digests/gone/" };
        var after = new Dictionary<string, string> { ["input/a.txt"] = "/digests/new-a/", ["input/b.txt"] = "/digests/b/", ["input/c.txt"] = "/digests/c/" };
        var moves = DigestLinks.Moves(before, after);
        Assert.Equal(new Dictionary<string, string> { ["/digests/old-a/"] = "/digests/new-a/" }, moves);
    }

    [Fact]
    public void The_script_is_embedded()
    {
        var source = Encoding.UTF8.GetString(LiveReloadScript.Source);
        Assert.Contains("new EventSource(\"" + LiveReloadScript.EventsPath + "\")", source);
    }
}

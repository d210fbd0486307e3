using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using DigestSite.Tests.Cli;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Preview;

/// <summary>The real <c>digestsite preview</c> process: it serves, it stops on SIGTERM in time with a page
/// connected, and a port in use is a clear error with exit code 2.</summary>
public sealed partial class PreviewCommandTests
{
    [Fact]
    public async Task Sigterm_stops_the_preview_within_five_seconds_with_a_page_connected()
    {
        using var site = new TempSite();
        site.CopyDigest(Repo.SeedFile);
        using var cli = RunningCli.Start("preview", site.Dir, "--port", "0", "--no-open");
        var url = await cli.WaitForLineAsync(ServingLine(), TimeSpan.FromSeconds(120));
        await cli.WaitForLineAsync(BuiltLine(), TimeSpan.FromSeconds(120)); // it serves at once, the site once built
        using var http = new HttpClient { BaseAddress = new Uri(url.Groups[1].Value), Timeout = TimeSpan.FromSeconds(60) };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        await using var events = await EventStream.OpenAsync(url.Groups[1].Value);
        Assert.NotNull(await events.NextStatusAsync(TimeSpan.FromSeconds(60)));

        var clock = Stopwatch.StartNew();
        Assert.Equal(0, Kill(cli.Process.Id, Sigterm));
        var exited = cli.Process.WaitForExit(TimeSpan.FromSeconds(5));
        Assert.True(exited, $"still running {clock.Elapsed} after SIGTERM\n{cli.Output}");
        Assert.Equal(0, cli.Process.ExitCode);
    }

    [Fact]
    public void A_port_in_use_exits_2_with_a_clear_message()
    {
        using var site = new TempSite();
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var run = Digestsite(site.Dir, "preview", ".", "--port", port.ToString(), "--no-open");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"digestsite: error: port {port} is already in use", run.Err);
            Assert.DoesNotContain("   at ", run.All); // no stack trace
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public void Help_explains_the_options_with_an_example()
    {
        var run = Digestsite(Path.GetTempPath(), "preview", "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var expected in new[] { "--port", "--host", "--no-open", "SITE_DIR", "Examples:", "--drafts", "--future", "digestsite preview" })
            Assert.Contains(expected, run.Out);
    }

    private static CliRun Digestsite(string workingDir, params string[] args) =>
        CliRunner.Run(CliRunner.Dotnet, [CliRunner.CliDll, .. args], workingDir,
            new Dictionary<string, string?> { ["DISPLAY"] = null, ["WAYLAND_DISPLAY"] = null });

    [GeneratedRegex(@"^Serving (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ServingLine();

    [GeneratedRegex(@"^Built 1 digest in \d+ ms")]
    private static partial Regex BuiltLine();

    private const int Sigterm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}

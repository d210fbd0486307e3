using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace DigestSite.Tests.Preview;

/// <summary>The built <c>digestsite</c> program run as its own process (<c>dotnet DigestSite.Cli.dll ...</c>),
/// with its output collected as it comes.</summary>
public sealed class Cli : IDisposable
{
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _openStreams = 2;

    private Cli(Process process) => Process = process;

    public Process Process { get; }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static Cli Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "DigestSite.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment.Remove("DISPLAY");
        start.Environment.Remove("WAYLAND_DISPLAY");
        var cli = new Cli(new Process { StartInfo = start });
        cli.Process.OutputDataReceived += (_, e) => cli.Collect(e.Data);
        cli.Process.ErrorDataReceived += (_, e) => cli.Collect(e.Data);
        cli.Process.Start();
        cli.Process.BeginOutputReadLine();
        cli.Process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Waits for a line of output that matches, and returns the match.</summary>
    public async Task<Match> WaitForLineAsync(Regex pattern, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var line in Output.Split('\n'))
                if (pattern.Match(line.TrimEnd('\r')) is { Success: true } match) return match;
            if (Process.HasExited) break;
            await Task.Delay(50);
        }
        throw new TimeoutException($"no line matching {pattern} in:\n{Output}");
    }

    /// <summary>Waits until both output streams are read to their end (after the process exited).</summary>
    public Task DrainAsync() => _ended.Task.WaitAsync(TimeSpan.FromSeconds(30));

    private void Collect(string? line)
    {
        if (line is null)
        {
            if (Interlocked.Decrement(ref _openStreams) == 0) _ended.TrySetResult();
            return;
        }
        lock (_output) _output.AppendLine(line);
    }

    public void Dispose()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.Dispose();
    }
}

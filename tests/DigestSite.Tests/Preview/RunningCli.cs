using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using DigestSite.Tests.Cli;

namespace DigestSite.Tests.Preview;

/// <summary>The built <c>digestsite</c> program left running as its own process (a preview runs until it is
/// stopped, so <see cref="CliRunner"/>, which waits for the end, does not fit), its output collected as it
/// comes. Killed on dispose if still running.</summary>
public sealed class RunningCli : IDisposable
{
    private readonly StringBuilder _output = new();

    private RunningCli(Process process) => Process = process;

    public Process Process { get; }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static RunningCli Start(params string[] args)
    {
        var start = new ProcessStartInfo(CliRunner.Dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CliRunner.CliDll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment.Remove("DISPLAY");
        start.Environment.Remove("WAYLAND_DISPLAY");
        var cli = new RunningCli(new Process { StartInfo = start });
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

    private void Collect(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public void Dispose()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.Dispose();
    }
}

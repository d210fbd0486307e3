using System.Diagnostics;
using System.Text.Json;

namespace DigestSite.Tests.Content;

/// <summary>Runs the real <c>digestsite</c> program (the CLI assembly built beside the tests) in its own
/// process, as an editor or a script would.</summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static Run Digestsite(string workingDir, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "DigestSite.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("digestsite " + string.Join(' ', args) + " did not finish in 2 minutes");
        }
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary><c>digestsite inspect FILE... --json</c>, parsed.</summary>
    public static (int ExitCode, JsonElement[] Reports) InspectJson(string workingDir, params string[] files)
    {
        var run = Digestsite(workingDir, ["inspect", .. files, "--json"]);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        return (run.ExitCode, doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray());
    }
}

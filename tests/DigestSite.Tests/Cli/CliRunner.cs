using System.Diagnostics;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Cli;

/// <summary>What one run of a program printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Err)
{
    public string All => Out + Err;

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Err}";
}

/// <summary>
/// Runs the real <c>digestsite</c> program as a separate process (<c>dotnet DigestSite.Cli.dll …</c>), so
/// that what is tested is what a user gets: its own console, its own exit code, output that is not a
/// terminal unless a test gives it one.
/// </summary>
public static class CliRunner
{
    public static string Configuration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    /// <summary>The CLI's assembly: the copy built next to the tests, else the CLI project's own output.</summary>
    public static string CliDll { get; } = FindCliDll();

    /// <summary>The dotnet host running the tests (child processes use the same SDK and runtime).</summary>
    public static string Dotnet { get; } = FindDotnet();

    public static CliRun Digestsite(string workingDir, params string[] args) =>
        Run(Dotnet, [CliDll, .. args], workingDir);

    public static CliRun Run(string program, IReadOnlyList<string> args, string workingDir,
        IReadOnlyDictionary<string, string?>? env = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        // A clean slate: no colour switch inherited from whoever runs the tests, no first-run banners.
        start.Environment.Remove("NO_COLOR");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in env ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(key);
            else start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in time");
        }
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindCliDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "DigestSite.Cli.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "DigestSite.Cli.runtimeconfig.json")))
            return beside;
        var built = Path.Combine(Repo.Root, "src", "DigestSite.Cli", "bin", Configuration, "net10.0", "DigestSite.Cli.dll");
        return File.Exists(built) ? built : throw new InvalidOperationException($"DigestSite.Cli.dll not found beside the tests nor at {built}");
    }

    private static string FindDotnet()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "dotnet")).FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException("the dotnet host was not found (DOTNET_HOST_PATH, the test host, PATH)");
    }
}

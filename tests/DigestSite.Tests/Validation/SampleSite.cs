using System.Diagnostics;
using DigestSite.Build;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Validation;

/// <summary>
/// The sample site, built once for the tests that read it: this repository's statiq.yml and input/, the
/// seed, the shared samples and 30 generated digests, with the built-in theme, written to a temp folder.
/// </summary>
public sealed class SampleSite : IDisposable
{
    public SampleSite()
    {
        Site = new TempSite(File.ReadAllText(Path.Combine(Repo.Root, "statiq.yml")));
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "input"), "*.txt")) Site.CopyDigest(file);
        Site.CopyDigest(Repo.SeedFile);
        foreach (var file in Repo.SampleFiles) Site.CopyDigest(file);
        Generate(30, Path.Combine(Site.Input, "generated"));
        Result = Site.Build();
    }

    public TempSite Site { get; }
    public BuildResult Result { get; }

    /// <summary>The shared corpus generator (deterministic for a count and seed).</summary>
    private static void Generate(int count, string outDir)
    {
        var tool = Path.Combine(Repo.Shared, "tools", "gen_corpus.py");
        var run = Run.Process("python3", [tool, count.ToString(), "--format", "digest", "--front-matter", "--out", outDir], TimeSpan.FromMinutes(2));
        if (run.ExitCode != 0) throw new InvalidOperationException($"gen_corpus.py failed ({run.ExitCode}):\n{run.Stderr}");
    }

    public void Dispose() => Site.Dispose();
}

/// <summary>Runs a program to the end and keeps what it printed.</summary>
internal static class Run
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Outcome Process(string program, IEnumerable<string> args, TimeSpan timeout, string? workingDir = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDir ?? Environment.CurrentDirectory,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)
            ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout}");
        }
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}

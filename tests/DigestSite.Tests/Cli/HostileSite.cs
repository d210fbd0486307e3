using System.Diagnostics;
using DigestSite.Tests.Cli;

namespace DigestSite.Tests.Cli;

/// <summary>
/// A small real site (two digests of our own writing) beside a scratch folder "elsewhere" that stands for
/// everything outside the site, and helpers to plant what the hostile-file tests need: FIFOs, symbolic and hard
/// links (made with the system's own <c>mkfifo</c> and <c>ln</c>, which .NET has no API for).
/// </summary>
public sealed class HostileSite : IDisposable
{
    public const string Marker = "Zebrafinch secret marker";

    public HostileSite()
    {
        Directory.CreateDirectory(Input);
        Directory.CreateDirectory(Elsewhere);
        File.WriteAllText(Path.Combine(Dir, "statiq.yml"), "site:\n  title: \"Hostile Test\"\n  baseUrl: \"https://news.example.org/\"\n");
        AddDigest("2026-03-02-ferry.txt", "Harbour ferry returns after repairs", "The ferry across the bay runs again after three months in dry dock.");
        AddDigest("2026-03-04-library.txt", "Town library opens late on weekdays", "The library stays open until ten at night from Monday to Thursday.");
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "digestsite-hostile-" + Guid.NewGuid().ToString("N")[..12]);
    public string Dir => Path.Combine(Root, "site");
    public string Input => Path.Combine(Dir, "input");
    public string Output => Path.Combine(Dir, "output");
    /// <summary>A folder outside the site: nothing may be read from it into the site, or written into it.</summary>
    public string Elsewhere => Path.Combine(Root, "elsewhere");

    public static string Digest(string title, string story) => $"{title}\nWhat's the story\n{story}\n";

    public void AddDigest(string relative, string title, string story)
    {
        var path = Path.Combine(Input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Digest(title, story));
    }

    /// <summary>A digest outside the site whose title carries <see cref="Marker"/>.</summary>
    public string SecretDigest(string name = "secret.txt")
    {
        var path = Path.Combine(Elsewhere, name);
        File.WriteAllText(path, Digest($"{Marker} title", "Nothing from outside the site may be published."));
        return path;
    }

    public static void Link(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    public static void Fifo(string path) => Run("mkfifo", path);

    public static void HardLink(string target, string path) => Run("ln", target, path);

    private static void Run(string program, params string[] args)
    {
        var run = CliRunner.Run(program, args, Path.GetTempPath(), timeout: TimeSpan.FromSeconds(20));
        if (run.ExitCode != 0) throw new InvalidOperationException($"{program} failed: {run}");
    }

    /// <summary>Runs the real CLI in the site folder, bounded in time: a hang fails the test instead of blocking it.</summary>
    public CliRun Cli(params string[] args) =>
        CliRunner.Run(CliRunner.Dotnet, [CliRunner.CliDll, .. args], Dir, timeout: TimeSpan.FromSeconds(90));

    /// <summary>Every file under <paramref name="dir"/> whose bytes hold <see cref="Marker"/> (links not followed).</summary>
    public static List<string> FilesWithMarker(string dir) =>
        !Directory.Exists(dir) ? [] :
        Directory.EnumerateFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Where(f => new FileInfo(f).Length < 10_000_000 && File.ReadAllText(f).Contains(Marker, StringComparison.Ordinal)).ToList();

    public static string Tree(string dir) => string.Join("\n", Directory.EnumerateFileSystemEntries(dir, "*",
        new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }).Order(StringComparer.Ordinal));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { Debug.WriteLine(e.Message); }
    }
}

using System.Diagnostics;
using DigestSite.Publishing;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Publishing;

/// <summary>
/// A small site of three digests (our own writing) published with a production base URL, plus a scratch
/// folder beside it for targets: a real bare git repository (reached by a file:// URL) and a web folder.
/// </summary>
public sealed class PublishFixture : IDisposable
{
    public const string BaseUrl = "https://news.example.org/daily/";
    public const string EditedSlug = "harbour-ferry-returns-after-winter-repairs";
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public PublishFixture(string extraSiteYaml = "")
    {
        Site = new TempSite($"site:\n  title: \"Harbour Daily\"\n  baseUrl: \"{BaseUrl}\"\n{extraSiteYaml}");
        Site.AddDigest("2026-10-02-harbour-ferry.txt", Ferry("The old timber pier will be kept as a viewing platform for visitors."));
        Site.AddDigest("2026-10-09-library-night-hours.txt", """
            ---
            title: "Town library opens late on weekdays"
            topics: [libraries, culture]
            summary: "Readers can borrow books until ten at night from Monday to Thursday."
            ---
            Town library opens late on weekdays
            What's the story
            The town library will stay open until ten at night from Monday to Thursday.
            Staff said students had asked for a quiet place to work after school and evening jobs.
            """);
        Site.AddDigest("2026-10-16-orchard-harvest.txt", """
            ---
            title: "Orchard harvest comes in early after a warm autumn"
            topics: [farming, weather]
            summary: "Growers picked apples two weeks ahead of the usual calendar."
            ---
            Orchard harvest comes in early after a warm autumn
            What's the story
            Apple growers on the hills above the town finished picking two weeks ahead of the usual calendar.
            Prices
            Growers expect steady prices
            Cold stores are full, and buyers said they would keep prices close to last year's.
            """);
        Directory.CreateDirectory(Scratch);
    }

    public TempSite Site { get; }
    public string Scratch { get; } = Path.Combine(Path.GetTempPath(), "digestsite-publish-test-" + Guid.NewGuid().ToString("N")[..12]);
    public string Www => Path.Combine(Scratch, "www");

    /// <summary>The ferry digest with its last paragraph as given; editing that paragraph changes its page only
    /// (the summary in the front matter stays, and the words add no topic).</summary>
    public static string Ferry(string lastParagraph) => $"""
        ---
        title: "Harbour ferry returns after winter repairs"
        topics: [transport, harbour]
        summary: "The ferry across the bay runs again after three months in dry dock."
        ---
        Harbour ferry returns after winter repairs
        What's the story
        The ferry across the bay is running again after three months in dry dock for a new engine and hull repairs.
        What changes
        A quieter and cleaner crossing
        The new engine burns less fuel and is quieter, and the crossing still takes twenty minutes.
        {lastParagraph}
        """;

    public void EditFerry() => File.WriteAllText(Path.Combine(Site.Input, "2026-10-02-harbour-ferry.txt"),
        Ferry("The old timber pier will be taken down in spring and replaced with a floating one."));

    /// <summary>Creates a bare repository in the scratch folder and returns its file:// URL.</summary>
    public string CreateBareRepository(string name = "remote.git")
    {
        var path = Path.Combine(Scratch, name);
        Git(Scratch, "init", "--quiet", "--bare", path);
        return "file://" + path;
    }

    public static string PathOf(string fileUrl) => new Uri(fileUrl).LocalPath;

    public PublishResult PublishGit(string url, string? message = null, bool dryRun = false, string branch = GitTarget.DefaultBranch) =>
        Publisher.Publish(new PublishOptions { SiteDir = Site.Dir, Target = new GitTarget(url, branch, message), DryRun = dryRun, Now = Now });

    public PublishResult PublishFolder(string dir, bool force = false, bool dryRun = false) =>
        Publisher.Publish(new PublishOptions { SiteDir = Site.Dir, Target = new FolderTarget(dir, force), DryRun = dryRun, Now = Now });

    /// <summary>Runs git in <paramref name="dir"/>, fails the test when it fails, returns its output.</summary>
    public static string Git(string dir, params string[] args)
    {
        var (code, stdout, stderr) = RunGit(dir, args);
        Assert.True(code == 0, $"git {string.Join(' ', args)} failed ({code}): {stderr}");
        return stdout;
    }

    public static (int Code, string StdOut, string StdErr) RunGit(string dir, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Lines of git output in a bare repository, without blanks.</summary>
    public static IReadOnlyList<string> GitLines(string bareUrl, params string[] args) =>
        Git(PathOf(bareUrl), args).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Every file under a folder with its bytes and time, to prove a failed publish touched nothing.</summary>
    public static IReadOnlyDictionary<string, (string Hash, DateTime Modified)> Snapshot(string dir) =>
        Directory.Exists(dir)
            ? Directory.GetFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .ToDictionary(f => Path.GetRelativePath(dir, f),
                    f => (Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), File.GetLastWriteTimeUtc(f)))
            : new Dictionary<string, (string, DateTime)>();

    public void Dispose()
    {
        Site.Dispose();
        try { Directory.Delete(Scratch, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

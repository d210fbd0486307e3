using System.Diagnostics;
using DigestSite.Tests.Cli;
using Xunit.Abstractions;

namespace DigestSite.Tests.Cli;

/// <summary>
/// Kills the real CLI (a child process, SIGKILL) at random points of a build and of a <c>publish --to</c> on a
/// generated site whose digests change between runs (so a killed build leaves pages the next one no longer
/// makes), then checks that the next run succeeds, gives byte for byte what a clean run into a new folder gives,
/// and leaves no debris: no temporary files, no staging or publish folders, no page its manifest does not list.
/// </summary>
public sealed class KillTests(ITestOutputHelper log) : IDisposable
{
    private const int Digests = 150;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestsite-kill-" + Guid.NewGuid().ToString("N")[..12]);
    private string Site => Path.Combine(_root, "site");
    private string Temp => Path.Combine(_root, "tmp");

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    [Fact]
    public void A_build_killed_at_random_points_is_recovered_by_the_next_one()
    {
        WriteSite(round: 0);
        var duration = Timed(() => Assert.Equal(0, Cli("build", ".", "--quiet").ExitCode));
        int killed = 0, interrupted = 0;
        // Four kills (two of three once the build writes), and more (up to eight) until one has hit a build while it wrote.
        for (var seed = 1; seed <= 8 && (seed <= 4 || interrupted == 0); seed++)
        {
            WriteSite(round: seed);
            var clean = seed % 2 == 0;
            var manifest = Path.Combine(Site, "output", ".digestsite-manifest");
            if (KillAtRandom(seed, duration, clean ? ["build", ".", "--clean", "--quiet"] : ["build", ".", "--quiet"],
                    seed % 3 == 0 ? null : (started, _) => IsWriting(manifest) && File.GetLastWriteTimeUtc(manifest) >= started)) killed++;
            if (IsWriting(manifest)) interrupted++;
        }
        Assert.True(killed > 0, "no run was killed before it finished: the kill points are too late");
        Assert.True(interrupted > 0, "no run was killed while writing: nothing was left to recover");

        WriteSite(round: 9);
        var next = Cli("build", ".", "--quiet");
        Assert.True(next.ExitCode == 0, next.ToString());
        var reference = Cli("build", ".", "--quiet", "--output", Path.Combine(_root, "reference"));
        Assert.True(reference.ExitCode == 0, reference.ToString());
        AssertSameSite(Path.Combine(_root, "reference"), Path.Combine(Site, "output"));
    }

    [Fact]
    public void A_publish_killed_at_random_points_is_recovered_by_the_next_one()
    {
        var www = Path.Combine(_root, "www");
        WriteSite(round: 0);
        // What a killed git publish leaves in the temporary folder (the next publish, of either kind, removes it).
        var staleTemp = Path.Combine(Temp, "digestsite-publish-999999999-0123456789");
        Directory.CreateDirectory(Path.Combine(staleTemp, "site"));
        File.WriteAllText(Path.Combine(staleTemp, "site", "index.html"), "half a site\n");
        var duration = Timed(() => Assert.Equal(0, Cli("publish", ".", "--to", www).ExitCode));
        int killed = 0, interrupted = 0;
        for (var seed = 11; seed <= 18 && (seed <= 14 || interrupted == 0); seed++)
        {
            WriteSite(round: seed);
            if (KillAtRandom(seed, duration, ["publish", ".", "--to", www],
                    seed % 3 == 0 ? null : (_, pid) => Directory.GetDirectories(_root, $"www.digestsite-new-{pid}-*").Length > 0)) killed++;
            if (Directory.GetDirectories(_root, "www.digestsite-*").Length > 0) interrupted++;
        }
        Assert.True(killed > 0, "no run was killed before it finished: the kill points are too late");
        Assert.True(interrupted > 0, "no run was killed while staging: nothing was left to recover");

        WriteSite(round: 19);
        var next = Cli("publish", ".", "--to", www);
        Assert.True(next.ExitCode == 0, next.ToString());
        var reference = Path.Combine(_root, "reference");
        Assert.Equal(0, Cli("publish", ".", "--to", reference).ExitCode);
        AssertSameSite(reference, www);
        Assert.Equal(["reference", "site", "tmp", "www"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFileSystemEntries(Temp, "digestsite-*")); // (the runtime keeps files of its own there)
    }

    /// <summary>Starts the CLI and kills it at a random point of a run that takes about <paramref name="duration"/>,
    /// or, given <paramref name="writing"/>, at a random point soon after that says the run has started writing
    /// (so that some kills hit the writes whatever the machine's speed). Returns whether it was killed before it
    /// ended.</summary>
    /// <param name="writing">Given when the run started (UTC) and its process id.</param>
    private bool KillAtRandom(int seed, TimeSpan duration, string[] args, Func<DateTime, int, bool>? writing = null)
    {
        var random = new Random(seed);
        var delay = TimeSpan.FromMilliseconds(writing is null
            ? random.Next((int)(duration.TotalMilliseconds * 0.05), (int)(duration.TotalMilliseconds * 0.6))
            : random.Next(0, 300));
        var started = DateTime.UtcNow.AddMilliseconds(-50); // (file times may lag the clock by a tick of the kernel's)
        using var process = Process.Start(Start(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        while (writing is not null && !process.HasExited && clock.Elapsed < duration * 3 && !writing(started, process.Id)) Thread.Sleep(5);
        var ended = process.WaitForExit(delay);
        if (!ended) process.Kill(); // SIGKILL
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the killed process did not end");
        log.WriteLine($"{string.Join(' ', args)}: {(ended ? "ended" : "killed")} after {clock.Elapsed.TotalMilliseconds:0} ms{(writing is null ? "" : ", once writing")} (a whole run: {duration.TotalMilliseconds:0} ms)");
        if (ended) Assert.True(process.ExitCode == 0, $"{stdout.Result}\n{stderr.Result}");
        return !ended;
    }

    /// <summary>Whether the manifest says a build is writing (its first line; it is replaced whole by renames).</summary>
    private static bool IsWriting(string manifest)
    {
        try
        {
            return File.Exists(manifest) && (File.ReadLines(manifest).FirstOrDefault() ?? "").Contains(" writing ", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private CliRun Cli(params string[] args) =>
        CliRunner.Run(CliRunner.Dotnet, [CliRunner.CliDll, .. args], Site, new Dictionary<string, string?> { ["TMPDIR"] = Temp }, TimeSpan.FromMinutes(3));

    private ProcessStartInfo Start(string[] args)
    {
        var start = new ProcessStartInfo(CliRunner.Dotnet) { WorkingDirectory = Site, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CliRunner.CliDll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["TMPDIR"] = Temp;
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    private static TimeSpan Timed(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    /// <summary>The site of a round: every digest, with a fifth of the titles (so slugs) changed from round to
    /// round, and one digest more each round.</summary>
    private void WriteSite(int round)
    {
        Directory.CreateDirectory(Temp);
        var input = Path.Combine(Site, "input");
        if (Directory.Exists(input)) Directory.Delete(input, recursive: true);
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(Site, "statiq.yml"), "site:\n  title: \"Kill Test\"\n  baseUrl: \"https://news.example.org/\"\n");
        string[] places = ["harbour", "valley", "airport", "library", "market", "river", "station", "school"];
        string[] topics = ["Transport", "Weather", "Culture", "Farming", "Health", "Energy"];
        for (var i = 0; i < Digests + round; i++)
        {
            var place = places[i % places.Length];
            var changed = i % 5 == round % 5 ? $" in round {round}" : "";
            var title = $"The {place} council meets for session {i}{changed}";
            var date = new DateOnly(2026, 1, 1).AddDays(i % 300);
            File.WriteAllText(Path.Combine(input, $"{date:yyyy-MM-dd}-item-{i:D3}.txt"), $"""
                ---
                topics: [{topics[i % topics.Length]}, {topics[(i / 3) % topics.Length]}]
                ---
                {title}
                What's the story
                Members of the {place} council met on a weekday evening for session {i} and heard residents.
                They agreed to publish the minutes within a week and to meet again next month.
                Next steps
                A vote is planned for the spring
                The council will vote on the plan once the public comment period ends.
                """);
        }
    }

    /// <summary>The two folders hold the same files with the same bytes, each manifest lists exactly its
    /// folder's files, and no temporary file is left.</summary>
    private static void AssertSameSite(string expectedDir, string actualDir)
    {
        var expected = Files(expectedDir);
        var actual = Files(actualDir);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from a clean run's");
        Assert.Equal(Listed(expectedDir), Listed(actualDir));
        Assert.Equal(expected.Keys.Where(k => k != ".digestsite-manifest").Order(StringComparer.Ordinal), Listed(actualDir));
    }

    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.EnumerateFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(f => Path.GetFileName(f) != ".digestsite-manifest" || Path.GetDirectoryName(f) != dir)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes);

    private static List<string> Listed(string dir) =>
        File.ReadAllLines(Path.Combine(dir, ".digestsite-manifest")).Skip(1).Where(l => l.Length > 0).ToList();
}

using System.Diagnostics;
using DigestSite.Build;
using DigestSite.Preview;
using DigestSite.Preview.Building;
using Microsoft.Playwright;

// Save-to-screen latency of the preview: for each corpus size, a generated site is previewed, a headless
// Chromium opens one digest's page, and the digest file is edited again and again; each time, the clock runs
// from the file write until the page shows the edited text (the page reloads by itself).
var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : [100, 4000];
var edits = 7;
var root = FindRoot();
var generator = Path.GetFullPath(Path.Combine(root, "..", "shared", "tools", "gen_corpus.py"));

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

var stageLines = new List<string>();
Console.WriteLine("| digests | first build | rebuild (median) | rebuild until pages told (median) | save → shown: median | min | max |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
foreach (var size in sizes)
{
    var site = Path.Combine(root, "bench", "work", $"preview-{size}");
    Generate(generator, size, Path.Combine(site, "input"));
    // A digest whose title needs no HTML escaping, so its page is easy to find.
    var digest = Directory.GetFiles(Path.Combine(site, "input"), "*.txt").Order(StringComparer.Ordinal)
        .First(f => TitleOf(File.ReadAllText(f)).All(c => char.IsAsciiLetterOrDigit(c) || c == ' '));
    var original = File.ReadAllText(digest);

    var firstBuild = Stopwatch.StartNew();
    await using var session = await PreviewSession.StartAsync(new PreviewOptions { SiteDir = site, Port = 0 }, PreviewConsole.Silent);
    await session.Ready;
    firstBuild.Stop();
    var builds = new List<TimeSpan>();
    var told = new List<TimeSpan>();
    var stages = new List<IReadOnlyList<StageTiming>>();
    session.Rebuilt += outcome =>
    {
        lock (builds)
        {
            builds.Add(outcome.Elapsed);
            told.Add(outcome.ToldAfter ?? outcome.Elapsed);
            stages.Add(outcome.Stages);
        }
    };

    var page = await browser.NewPageAsync();
    page.SetDefaultTimeout(120_000);
    await page.GotoAsync(session.Url + PageOf(session.OutputDir, TitleOf(original)).TrimStart('/'));
    await page.WaitForFunctionAsync("() => window.digestsitePreview === 'connected'");

    var latencies = new List<double>();
    try
    {
        for (var i = 0; i <= edits; i++)
        {
            var marker = $"Preview benchmark edit {size}-{i}";
            var clock = Stopwatch.StartNew();
            File.WriteAllText(digest, original.Replace("What's the story\n", $"What's the story\n{marker}.\n"));
            await page.WaitForFunctionAsync($"() => document.body && document.body.innerText.includes('{marker}')",
                null, new() { PollingInterval = 5 });
            if (i > 0) latencies.Add(clock.Elapsed.TotalMilliseconds); // the first edit warms up the JIT
            await page.WaitForFunctionAsync("() => window.digestsitePreview === 'connected'");
        }
    }
    finally
    {
        File.WriteAllText(digest, original);
        await page.CloseAsync();
    }

    latencies.Sort();
    List<double> rebuilds;
    List<double> untilTold;
    lock (builds) rebuilds = builds.Skip(1).Select(b => b.TotalMilliseconds).Order().ToList();
    lock (builds) untilTold = told.Skip(1).Select(b => b.TotalMilliseconds).Order().ToList();
    Console.WriteLine($"| {size} | {firstBuild.ElapsedMilliseconds} ms | {rebuilds[rebuilds.Count / 2]:F0} ms | {untilTold[untilTold.Count / 2]:F0} ms | {latencies[latencies.Count / 2]:F0} ms | " +
                      $"{latencies[0]:F0} ms | {latencies[^1]:F0} ms |");
    lock (builds)
        stageLines.Add($"{size} digests, median per stage of a rebuild: " + string.Join(", ", stages.Skip(1).SelectMany(s => s)
            .GroupBy(t => t.Stage).Select(g => $"{g.Key} {g.Select(t => t.Elapsed.TotalMilliseconds).Order().ElementAt(g.Count() / 2):F0} ms")));
}

Console.WriteLine();
foreach (var line in stageLines) Console.WriteLine(line);

static void Generate(string generator, int count, string output)
{
    var start = new ProcessStartInfo("python3", [generator, count.ToString(), "--format", "digest", "--front-matter", "--out", output, "--clean"])
    {
        RedirectStandardOutput = true,
    };
    using var process = Process.Start(start)!;
    process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0) throw new InvalidOperationException($"gen_corpus.py failed ({process.ExitCode})");
}

static string TitleOf(string digest) =>
    digest.Split('\n').First(l => l.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..].Trim('"');

static string PageOf(string outputDir, string title)
{
    var page = Directory.GetFiles(Path.Combine(outputDir, "digests"), "index.html", SearchOption.AllDirectories)
        .First(f => File.ReadAllText(f).Contains($"data-title>{title}<"));
    return "/" + Path.GetRelativePath(outputDir, Path.GetDirectoryName(page)!) + "/";
}

static string FindRoot()
{
    var dir = AppContext.BaseDirectory;
    while (dir is not null && !File.Exists(Path.Combine(dir, "DigestSite.sln"))) dir = Path.GetDirectoryName(dir);
    return dir ?? throw new InvalidOperationException("DigestSite.sln not found");
}

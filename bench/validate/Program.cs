using System.Diagnostics;
using DigestSite.Diagnostics;
using DigestSite.Site;
using DigestSite.Validation;

// Usage: dotnet run -c Release --project bench/validate -- OUTPUT_DIR BASE_URL [runs] [--serial|--parse] [--types] [--dump FILE]
// Reads every file of a built site's output folder into memory, then runs the validate stage on it `runs`
// times, printing wall time, CPU time, bytes allocated and GC pauses per run (the first run pays for JIT).
// --serial checks the pages one after the other on one thread (CPU cost without the parallel loop's noise);
// --parse only parses them; --types samples allocations by type; --dump writes every finding, anchor and
// fragment link, sorted, to compare two versions of the stage on the same pages.
var dir = Path.GetFullPath(args[0]);
var routes = new Routes(args[1]);
var runs = args.Length > 2 && int.TryParse(args[2], out var r) ? r : 5;
var serial = args.Contains("--serial");
var dumpAt = Array.IndexOf(args, "--dump");

var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
    .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
    .Order(StringComparer.Ordinal)
    .Select(p => new OutputFile(p, File.ReadAllBytes(Path.Combine(dir, p)), "bench " + p))
    .ToList();
var pages = files.Where(f => f.IsHtml).ToList();
Console.WriteLine($"{files.Count} files, {pages.Count} pages, {pages.Sum(p => (long)p.Bytes.Length) / 1024 / 1024} MiB of HTML");

using var allocationTypes = args.Contains("--types") ? new AllocationTypes() : null;
IReadOnlyList<PageResult> results = [];
DiagnosticBag bag = new();
for (var run = 0; run < runs; run++)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var gcs = GC.CollectionCount(0);
    var paused = GC.GetTotalPauseDuration();
    var allocated = GC.GetTotalAllocatedBytes(true);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    bag = new DiagnosticBag();
    if (args.Contains("--parse"))
    {
        var parser = new DigestSite.Validation.Tree.PageParser();
        foreach (var page in pages)
        {
            using var d = parser.Parse(page.Bytes);
        }
    }
    else if (serial)
    {
        var checker = new PageChecker(new SiteIndex(files.Select(f => f.Path), routes.BasePath), new LinkResolver(routes), true);
        results = pages.Select(checker.Check).ToList();
    }
    else
        results = SiteValidator.Validate(files, routes, checkLinks: true, bag);
    var wall = clock.Elapsed.TotalMilliseconds;
    var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
    var bytes = GC.GetTotalAllocatedBytes(true) - allocated;
    Console.WriteLine($"run {run + 1}: {wall,7:F0} ms wall  {used,7:F0} ms cpu  {bytes / 1024.0 / 1024,8:F1} MiB allocated  {GC.CollectionCount(0) - gcs,4} gen0 GCs  {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds,5:F0} ms paused in GC");
}

allocationTypes?.Print();

if (dumpAt >= 0)
{
    using var w = new StreamWriter(args[dumpAt + 1]);
    foreach (var d in bag.Sorted()) w.WriteLine($"{d}  [col {d.Column}]");
    foreach (var page in results)
    {
        if (page.Findings.Length > 0 && serial)
            foreach (var d in page.Findings) w.WriteLine($"{d}  [col {d.Column}]");
        w.WriteLine($"{page.Page.Path} anchors: {string.Join(' ', page.Anchors.Order(StringComparer.Ordinal))}");
        foreach (var l in page.FragmentLinks) w.WriteLine($"{page.Page.Path} fragment: {l}");
    }
}

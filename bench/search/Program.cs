// Builds only the search index of a site (the stages before it as a build runs them, then the index), prints
// its sizes and timings, and writes its files to OUT/search/ when OUT is given. The site's pages are not made:
// a 100,000-digest full build is too slow for this shared machine, and the index needs only the site model.
// Usage: dotnet run -c Release --project bench/search -- SITE_DIR [OUT_DIR] [--stemmer snowball|minimal|none]
using System.Diagnostics;
using DigestSite.Caching;
using DigestSite.Configuration;
using DigestSite.Diagnostics;
using DigestSite.Enrichment;
using DigestSite.Reading;
using DigestSite.Search;
using DigestSite.Site;
using DigestSite.Topics;

var siteDir = Path.GetFullPath(args[0]);
var outDir = args.Length > 1 && !args[1].StartsWith("--") ? Path.GetFullPath(args[1]) : null;
var clock = Stopwatch.StartNew();
var config = ConfigLoader.LoadFromSite(siteDir, out _);
var inputs = InputReader.FindDigestInputs(Path.Combine(siteDir, config.Paths.Input), siteDir);
var cache = new InputCache(new Dictionary<string, CachedInput>());
var loads = new InputLoad[inputs.Count];
Parallel.For(0, loads.Length, i => loads[i] = cache.Read(inputs[i]));
var files = new List<ParsedFile>(loads.Length);
foreach (var load in loads)
    if (cache.Parse(load).Digest is { } digest)
        files.Add(new ParsedFile(load.RelativePath, load.Stamp.ModifiedUtc, digest) { ContentHash = load.ContentHash });
var read = clock.Elapsed;
clock.Restart();
var diagnostics = new DiagnosticBag();
var enriched = new Enricher(config, Gazetteer.Default).Enrich(files, diagnostics);
var site = SiteModel.Create(config, config.Site.BaseUrl, enriched);
var enrich = clock.Elapsed;
foreach (var d in site.Digests) _ = d.Content.Sections; // loaded, as in a build (parsed, not deferred)
clock.Restart();
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
var made = SearchFiles.Generate(site, cache: null, reuse: null).Files.ToList();
var index = clock.Elapsed;
var indexCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

long Bytes(string kind) => made.Where(f => f.Path.StartsWith($"search/{kind}/", StringComparison.Ordinal)).Sum(f => (long)f.Content.Length);
int Count(string kind) => made.Count(f => f.Path.StartsWith($"search/{kind}/", StringComparison.Ordinal));
var manifest = made.Single(f => f.Path == SearchFiles.Manifest).Content.Length;
var largest = made.Where(f => f.Path.StartsWith("search/s/", StringComparison.Ordinal)).Max(f => f.Content.Length);
Console.WriteLine($"digests: {site.Digests.Length}");
Console.WriteLine($"read+parse: {read.TotalMilliseconds:F0} ms; enrich+model: {enrich.TotalMilliseconds:F0} ms; index: {index.TotalMilliseconds:F0} ms wall, {indexCpu.TotalMilliseconds:F0} ms CPU");
Console.WriteLine($"manifest: {manifest} B");
Console.WriteLine($"shards: {Count("s")} files, {Bytes("s")} B (largest {largest} B)");
Console.WriteLine($"tables: {Count("t")} files, {Bytes("t")} B; records: {Count("d")} files, {Bytes("d")} B; topic filters: {Count("f")} files, {Bytes("f")} B");
Console.WriteLine($"total: {made.Sum(f => (long)f.Content.Length)} B in {made.Count} files");

if (args.Contains("--stemmers")) DigestSite.Bench.Search.StemmerComparison.Run(site);

if (args.Contains("--again"))
{
    // The same step again in this process: its cost without compiling the code it runs (a native build's).
    clock.Restart();
    var cpuAgain = Process.GetCurrentProcess().TotalProcessorTime;
    _ = SearchFiles.Generate(site, cache: null, reuse: null).Files.ToList();
    Console.WriteLine($"index again: {clock.ElapsedMilliseconds} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpuAgain).TotalMilliseconds:F0} ms CPU");
}

if (outDir is not null)
{
    foreach (var f in made)
    {
        var path = Path.Combine(outDir, f.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, f.Bytes);
    }
}

// Where the index step's time goes (the parts SearchFiles.Generate runs, one after the other).
if (args.Contains("--parts"))
{
    var oldestFirst = site.Digests.Reverse().ToList();
    var language = SearchLanguages.Normalise(config.Site.Language);
    var analyzers = new ThreadLocal<LanguageAnalyzer>(() => new LanguageAnalyzer(language));
    foreach (var d in oldestFirst) _ = d.Content.Sections; // loaded, as in a build
    clock.Restart();
    var docs = new IndexedDoc[oldestFirst.Count];
    Parallel.For(0, docs.Length, i => docs[i] = DocAnalysis.Of(oldestFirst[i], analyzers.Value!, null));
    Console.WriteLine($"  analyse: {clock.ElapsedMilliseconds} ms");
    clock.Restart();
    var words = WordIndex.Build(oldestFirst, docs);
    Console.WriteLine($"  postings: {clock.ElapsedMilliseconds} ms ({words.Terms.Count} stems, {words.Variants.Count} written forms)");
    clock.Restart();
    var shards = ShardFiles.Write(words);
    Console.WriteLine($"  shards: {clock.ElapsedMilliseconds} ms");
    clock.Restart();
    foreach (var d in oldestFirst) DocRecord.Produce(site, d, null);
    Console.WriteLine($"  records: {clock.ElapsedMilliseconds} ms");
}

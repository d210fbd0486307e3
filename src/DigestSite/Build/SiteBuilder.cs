using System.Collections.Concurrent;
using System.Diagnostics;
using DigestSite.Caching;
using DigestSite.Configuration;
using DigestSite.Content;
using DigestSite.Diagnostics;
using DigestSite.Enrichment;
using DigestSite.Outputs;
using DigestSite.Pages;
using DigestSite.Reading;
using DigestSite.Rendering;
using DigestSite.Site;
using DigestSite.Topics;
using DigestSite.Validation;
using DigestSite.Writing;

namespace DigestSite.Build;

/// <summary>
/// The orchestrator: the only place that knows the order of the stages. Data flows one way:
/// files → digests → site model → rendered pages and outputs → validated files → disk.
/// Configuration problems throw <see cref="ConfigException"/> (nothing is built, exit code 2); every other
/// problem is a diagnostic and the build goes on without the offending digest.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes();
        var progress = new StageProgress(options.Progress);
        void Stage(string name, int items)
        {
            var nowAllocated = GC.GetTotalAllocatedBytes();
            timings.Add(new StageTiming(name, clock.Elapsed, items) { AllocatedBytes = nowAllocated - allocated });
            allocated = nowAllocated;
            progress.Finish(name, items);
            clock.Restart();
        }

        var siteDir = Path.GetFullPath(options.SiteDir);
        if (!Directory.Exists(siteDir))
            throw new ConfigException(options.SiteDir, 0, $"site folder '{options.SiteDir}' does not exist");
        if (options.BaseUrl is { } givenUrl && BaseUrlCheck.Problem(givenUrl) is { } badUrl)
            throw new ConfigException("--base-url", 0, badUrl);
        WarmUp.Start();
        var config = ConfigLoader.LoadFromSite(siteDir, out _);
        var baseUrl = options.BaseUrl ?? config.Site.BaseUrl;
        var inputDir = Path.Combine(siteDir, config.Paths.Input);
        var themeDir = Path.Combine(siteDir, config.Paths.Theme);
        var outputDir = Path.GetFullPath(options.OutputDir ?? Path.Combine(siteDir, config.Paths.Output));
        InputGuards.CheckInputFolder(siteDir, inputDir, config);
        if (options.Write && OutputFolder.Refusal(outputDir, siteDir, inputDir, themeDir) is { } refusal)
            throw new ConfigException(options.OutputDir ?? config.Paths.Output, 0, refusal);
        Stage("configure", 1);

        using var incremental = IncrementalBuild.Open(options, siteDir, Path.Combine(siteDir, ConfigLoader.FileName), outputDir, baseUrl);
        Stage("load cache", incremental.CachedPages);

        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(themeDir, config.Paths.Theme);
        var templates = TemplateSet.Parse(theme, diagnostics);
        Stage("load theme", theme.Files.Count);

        incremental.Inputs.Markers = StoryMarkers.For(config);
        var paths = InputReader.FindDigestInputs(inputDir, siteDir, diagnostics);
        var loads = new InputLoad[paths.Count];
        progress.Start("read", paths.Count);
        Parallel.For(0, paths.Count, i => { loads[i] = incremental.Inputs.Read(paths[i]); progress.Step(); });
        Stage("read", loads.Length);

        var now = options.Now ?? DateTimeOffset.Now;
        // A modification time is only used as a guessed date; one ahead of the build's clock (files unpacked or
        // copied from a machine whose clock runs ahead) is taken as "now", so a guess never schedules a digest.
        var latestModified = now.UtcDateTime;
        var parsed = new ParseResult[loads.Length];
        progress.Start("parse", loads.Length);
        Parallel.For(0, loads.Length, i => { parsed[i] = incremental.Inputs.Parse(loads[i]); progress.Step(); });
        foreach (var p in parsed) diagnostics.AddRange(p.Diagnostics);
        var files = new List<ParsedFile>(parsed.Length);
        for (var i = 0; i < parsed.Length; i++)
        {
            if (parsed[i].Digest is not { } digest || (!options.Drafts && digest.FrontMatter.Draft)) continue; // not parsed, or a draft left out
            var modified = loads[i].Stamp.ModifiedUtc;
            files.Add(new ParsedFile(loads[i].RelativePath, modified > latestModified ? latestModified : modified, digest) { ContentHash = loads[i].ContentHash });
        }
        Stage("parse", parsed.Length);
        if (InputGuards.NoDigest(siteDir, inputDir, loads.Length, parsed.Count(p => p.Digest is not null), diagnostics.CountOf(OtherInputFiles.Rule)) is { } none)
        {
            // Nothing is written: an empty site must not replace the last good one.
            diagnostics.Add(none);
            return new BuildResult(diagnostics.Sorted(), [], null, new BuildStats(loads.Length, 0, loads.Length, 0, 0, 0, 0, 0, 0),
                timings, outputDir, ExitCodes.Failed);
        }
        incremental.CheckOutputFiles();

        var cachedFacts = files.Select(f => incremental.Inputs.KnownFacts(f.RelativePath)).ToList();
        var enriched = new Enricher(config, Gazetteer.Default).Enrich(files, diagnostics, cachedFacts, out var facts, incremental.Topics)
            .Where(d => options.Future || d.Date <= now)
            .ToList();
        for (var i = 0; i < files.Count; i++) incremental.Inputs.RecordFacts(files[i].RelativePath, facts[i]);
        Stage("enrich", enriched.Count);
        var newsroom = NewsroomSetup.Prepare(config, siteDir, inputDir, theme, enriched, baseUrl, options, diagnostics);
        var site = SiteModel.Create(config, baseUrl, enriched, newsroom);
        Stage("site model", site.Digests.Length);

        var jobs = PagePlanner.Plan(site, incremental.Related);
        Stage("plan pages", jobs.Count);

        var pagePaths = jobs.Select(j => j.OutputPath).ToList();
        // Every path the build will write is known now: each page is validated as soon as it is rendered, links
        // included, while its bytes are in memory.
        var plannedPaths = pagePaths.Concat(SiteOutputs.Paths(site, theme, pagePaths)).Order(StringComparer.Ordinal).ToList();
        incremental.Plan(jobs, theme);
        var validator = new SiteValidator(plannedPaths, site.Routes, config.Validation.CheckLinks, incremental.ReusableChecks(plannedPaths));
        // Files are written whatever validation finds (findings are reported, not fatal), so each is written as
        // soon as it is made and checked, on a thread of its own: writing mostly waits on the file system, and
        // overlaps rendering, which is CPU work. (--clean empties the output folder there first.) A page's bytes
        // are in a buffer lent until it is written (PageStore).
        using var writer = options.Write ? new BackgroundWriter(outputDir, options.Clean, plannedPaths) : null;
        // Feeds, sitemaps, the search index and the other outputs are made from the site model and the planned
        // pages, not from the pages' bytes: they are made on a thread of their own while the pages render (made
        // after, much of that work ran on one core while the other waited), and each is queued for writing as soon
        // as it is made, but the sitemap, made again should a page fail to render. The "outputs" stage is what is
        // left of it once the pages are rendered.
        var siteOutputs = Task.Run(() =>
        {
            var made = new List<OutputFile>();
            foreach (var file in SiteOutputs.Generate(site, theme, pagePaths, now, incremental.ReuseOutputs, incremental.ReuseIndexes, incremental.SearchWords))
            {
                made.Add(file);
                if (!SiteOutputs.IsSitemap(file.Path)) writer?.Add(file);
            }
            return made;
        });
        var rendered = new OutputFile?[jobs.Count];
        var firstPass = new PageResult?[jobs.Count];
        var renderer = new PageRenderer(templates, options.Write ? PageStore.LentUntilWritten(outputDir) : PageStore.Owned);
        progress.Start("render", jobs.Count);
        // One worker a core: a worker that waits for the writer (see BackgroundWriter.Add) is not replaced by a new
        // thread, each with its own render context and checker.
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var page = rendered[i] = incremental.TryReuse(i) ?? renderer.Render(jobs[i], diagnostics);
            if (page is not null)
            {
                if (page.IsHtml) firstPass[i] = validator.Check(page);
                writer?.Add(page);
            }
            progress.Step();
        });
        var pages = rendered.OfType<OutputFile>().ToList();
        renderer.ReportFailures(diagnostics);
        Stage("render", jobs.Count);

        var made = SiteOutputs.SitemapsIfShort(siteOutputs.GetAwaiter().GetResult(), site, jobs.Count, pages, incremental.ReuseIndexes);
        foreach (var file in made.Where(f => SiteOutputs.IsSitemap(f.Path))) writer?.Add(file);
        var outputs = pages.Concat(made).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        Stage("outputs", made.Count);

        if (writer is not null)
        {
            progress.Start("write", outputs.Count);
            writer.AllQueued(outputs);
        }
        progress.Start("validate", pages.Count);
        IReadOnlyList<PageResult> checks;
        if (SamePaths(outputs, plannedPaths))
        {
            // (Pages other than rendered ones, an .html file among the theme's assets say, are checked here.)
            var results = firstPass.OfType<PageResult>().Concat(made.Where(f => f.IsHtml).Select(validator.Check))
                .OrderBy(r => r.Page.Path, StringComparer.Ordinal).ToList();
            validator.Finish(results, diagnostics);
            checks = results;
        }
        else
        {
            // A page failed to render (a template error): links were checked against a file that is not there.
            // Every page is checked again against what was made (from disk, once written).
            writer?.Finish();
            checks = SiteValidator.Validate(outputs, site.Routes, config.Validation.CheckLinks, diagnostics,
                incremental.ReusableChecks(outputs.Select(f => f.Path)));
        }
        Stage("validate", pages.Count);

        var write = new WriteResult(0, 0, 0);
        if (writer is not null)
        {
            write = writer.Finish();
            foreach (var link in writer.ReplacedLinks)
                diagnostics.Add(Diagnostic.Warning(InputReader.RelativePath(siteDir, Path.Combine(outputDir, link.Path)), 0,
                    $"was a symbolic link (to {link.Target}); replaced by what the build writes there, and nothing was written through it", "output-link"));
            Stage("write", outputs.Count); // what is left of writing once validation is done
            incremental.Save(checks, outputs);
            Stage("save cache", checks.Count);
        }

        var sorted = diagnostics.Sorted();
        var stats = new BuildStats(loads.Length, site.Digests.Length, loads.Length - site.Digests.Length,
            pages.Count, outputs.Count, site.Topics.Length, write.Written, write.Unchanged, write.Removed)
            {
                Reused = incremental.Reused, InputsReused = incremental.Inputs.Reused, FeedsReused = incremental.ReusedOutputs,
                RelatedReused = incremental.Related?.Reused ?? false,
                TopicsRecombined = incremental.Topics?.Recombined ?? files.Count,
            };
        return new BuildResult(sorted, outputs, site, stats, timings, outputDir,
            ExitCodes.For(sorted, config.Validation.FailOn, options.Strict));
    }

    /// <summary>Whether the files made are the ones planned (sorted, both), but the search index's content-named
    /// files, which are not planned (see <see cref="SiteOutputs.Paths"/>).</summary>
    private static bool SamePaths(List<OutputFile> outputs, List<string> planned)
    {
        var i = 0;
        foreach (var output in outputs)
        {
            if (Search.SearchFiles.IsContentNamed(output.Path)) continue;
            if (i >= planned.Count || !string.Equals(output.Path, planned[i], StringComparison.Ordinal)) return false;
            i++;
        }
        return i == planned.Count;
    }
}

using DigestSite.Caching;
using DigestSite.Diagnostics;
using DigestSite.Outputs;
using DigestSite.Pages;
using DigestSite.Reading;
using DigestSite.Rendering;
using DigestSite.Site;
using DigestSite.Validation;
using DigestSite.Writing;

namespace DigestSite.Build;

/// <summary>What the build made: the rendered pages, every file (pages and outputs, by path), the validation
/// result of each HTML file, and what writing did.</summary>
internal sealed record Production(List<OutputFile> Pages, List<OutputFile> Files, IReadOnlyList<PageResult> Checks, WriteResult Write)
{
    /// <summary>The search index's memo, for the next build in this process.</summary>
    public Search.SearchMemo? Search { get; init; }
}

/// <summary>
/// The one place where the build does several things at once. Three activities overlap:
/// <list type="bullet">
/// <item>rendering: one worker a core renders pages (or takes them from the output folder, incremental builds) and
/// validates each, links included, while its bytes are in memory: every path the build writes is planned before;</item>
/// <item>outputs: feeds, sitemaps, the search index and the other outputs are made from the site model on a thread
/// of their own (they need no page's bytes);</item>
/// <item>writing: each file is queued for writing as soon as it is made and checked (findings are reported, not
/// fatal); a thread of its own writes them, which mostly waits on the file system.</item>
/// </list>
/// A page that fails to render (a template error) changes the plan: the sitemap is made again from the pages
/// that did render, and every page is validated again against what was made (links were checked against a file
/// that is not there). Stages timed here: render, outputs, validate, write.
/// </summary>
internal sealed class PageProduction(BuildSetup setup, BuildOptions options, IncrementalBuild incremental, StageClock clock, DiagnosticBag diagnostics)
{
    public Production Run(IReadOnlyList<PageJob> jobs, TemplateSet templates, OutputInputs outputInputs, SiteModel site)
    {
        var pagePaths = outputInputs.PagePaths;
        var outputs = SiteOutputs.Plan(outputInputs);
        var planned = pagePaths.Concat(outputs.Paths).Order(StringComparer.Ordinal).ToList();
        incremental.Plan(jobs, outputInputs.Theme);
        var checkLinks = setup.Config.Validation.CheckLinks;
        var validator = new SiteValidator(planned, site.Routes, checkLinks, incremental.ReusableChecks(planned));
        using var writer = options.Write ? new BackgroundWriter(setup.OutputDir, options.Clean, planned) : null;

        // The sitemap is queued only once the pages are rendered: it is made again should a page fail to.
        var outputsMade = Task.Run(() => outputs.Generate(file => SiteOutputs.IsSitemap(file.Path) ? file : Queue(writer, file)));
        var (pages, firstPass) = Render(jobs, templates, validator, writer);
        clock.Done("render", jobs.Count);

        var generated = outputsMade.GetAwaiter().GetResult();
        var made = SiteOutputs.SitemapsIfShort(generated.Files, site, jobs.Count, pages, incremental.ReuseIndexes)
            .Select(file => SiteOutputs.IsSitemap(file.Path) ? Queue(writer, file) : file).ToList();
        var files = pages.Concat(made).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        clock.Done("outputs", made.Count);

        if (writer is not null)
        {
            clock.Progress.Start("write", files.Count);
            writer.AllQueued(files);
        }
        clock.Progress.Start("validate", pages.Count);
        IReadOnlyList<PageResult> checks;
        if (SamePaths(files, planned))
        {
            // (Pages other than rendered ones, an .html file among the theme's assets say, are checked here.)
            var results = firstPass.OfType<PageResult>().Concat(made.Where(f => f.IsHtml).Select(validator.Check))
                .OrderBy(r => r.Page.Path, StringComparer.Ordinal).ToList();
            validator.Finish(results, diagnostics);
            checks = results;
        }
        else
        {
            writer?.Finish(); // every page is checked again from what was made (from disk, once written)
            checks = SiteValidator.Validate(files, site.Routes, checkLinks, diagnostics, incremental.ReusableChecks(files.Select(f => f.Path)));
        }
        clock.Done("validate", pages.Count);
        return new Production(pages, files, checks, Finish(writer, files.Count)) { Search = generated.Search };
    }

    private (List<OutputFile> Pages, PageResult?[] FirstPass) Render(IReadOnlyList<PageJob> jobs, TemplateSet templates,
        SiteValidator validator, BackgroundWriter? writer)
    {
        var rendered = new OutputFile?[jobs.Count];
        var firstPass = new PageResult?[jobs.Count];
        // A page's bytes are held until it is written.
        var renderer = new PageRenderer(templates, options.Write ? setup.OutputDir : null);
        clock.Progress.Start("render", jobs.Count);
        // One worker a core: a worker that waits for the writer (see BackgroundWriter.Add) is not replaced by a new
        // thread, each with its own render context and checker.
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var page = rendered[i] = incremental.TryReuse(i) ?? renderer.Render(jobs[i], diagnostics);
            jobs[i].ReleaseModel();
            if (page is not null)
            {
                if (page.IsHtml) firstPass[i] = validator.Check(page);
                writer?.Add(page);
            }
            clock.Progress.Step();
        });
        renderer.ReportFailures(diagnostics);
        return (rendered.OfType<OutputFile>().ToList(), firstPass);
    }

    /// <summary>Queues an output for writing, held in memory only until written (as pages are), and gives back the
    /// file to keep.</summary>
    private OutputFile Queue(BackgroundWriter? writer, OutputFile file)
    {
        if (writer is null) return file;
        var held = file.HeldUntilWrittenIn(setup.OutputDir);
        writer.Add(held);
        return held;
    }

    /// <summary>Waits for the writer (what is left of writing once validation is done) and reports the symbolic
    /// links it replaced.</summary>
    private WriteResult Finish(BackgroundWriter? writer, int files)
    {
        if (writer is null) return new WriteResult(0, 0, 0);
        var write = writer.Finish();
        foreach (var link in writer.ReplacedLinks)
            diagnostics.Add(Diagnostic.Warning(InputReader.RelativePath(setup.SiteDir, Path.Combine(setup.OutputDir, link.Path)), 0,
                $"was a symbolic link (to {link.Target}); replaced by what the build writes there, and nothing was written through it", "output-link"));
        clock.Done("write", files);
        return write;
    }

    /// <summary>Whether the files made are the ones planned (sorted, both), but the search index's content-named
    /// files, which are not planned (see <see cref="SiteOutput.Paths"/>).</summary>
    private static bool SamePaths(List<OutputFile> files, List<string> planned)
    {
        var i = 0;
        foreach (var file in files)
        {
            if (Search.SearchFiles.IsContentNamed(file.Path)) continue;
            if (i >= planned.Count || !string.Equals(file.Path, planned[i], StringComparison.Ordinal)) return false;
            i++;
        }
        return i == planned.Count;
    }
}

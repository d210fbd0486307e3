using DigestSite.Caching;
using DigestSite.Configuration;
using DigestSite.Diagnostics;
using DigestSite.Outputs;
using DigestSite.Pages;
using DigestSite.Rendering;
using DigestSite.Site;
using DigestSite.Themes;

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
        var clock = new StageClock(options.Progress);
        var diagnostics = new DiagnosticBag();
        var now = options.Now ?? DateTimeOffset.Now;
        var setup = BuildSetup.Load(options);
        var config = setup.Config;
        clock.Done("configure", 1);

        var incremental = IncrementalBuild.Open(options.CacheSettings, setup.SiteDir, setup.ConfigPath, setup.OutputDir, setup.BaseUrl);
        clock.Done("load cache", incremental.CachedPages);

        var theme = Theme.Load(setup.ThemeDir, config.Paths.Theme);
        var templates = TemplateSet.Parse(theme, diagnostics);
        clock.Done("load theme", theme.Files.Count);

        var loads = InputStages.Read(setup, incremental.Inputs, clock.Progress, diagnostics);
        clock.Done("read", loads.Length);

        var inputs = InputStages.Parse(loads, incremental.Inputs, options, now, clock.Progress, diagnostics);
        clock.Done("parse", inputs.InputFiles);
        if (InputStages.NoDigest(setup, inputs, diagnostics) is { } none)
            return BuildResult.Nothing(diagnostics, none, inputs.InputFiles, clock.Timings, setup.OutputDir);
        incremental.CheckOutputFiles();

        var enriched = InputStages.Enrich(config, inputs, incremental, options, now, diagnostics);
        clock.Done("enrich", enriched.Count);

        var newsroom = NewsroomSetup.Prepare(config, setup.SiteDir, setup.InputDir, theme, enriched, setup.BaseUrl, options, diagnostics);
        var site = SiteModel.Create(config, setup.BaseUrl, enriched, newsroom);
        clock.Done("site model", site.Digests.Length);

        var jobs = PagePlanner.Plan(site, incremental.Related);
        clock.Done("plan pages", jobs.Count);

        var outputInputs = new OutputInputs(site, theme, jobs.Select(j => j.OutputPath).ToList(), now)
            { Reuse = incremental.ReuseOutputs, ReuseIndexes = incremental.ReuseIndexes, SearchWords = incremental.SearchWords,
              SearchMemo = options.Search };
        var made = new PageProduction(setup, options, incremental, clock, diagnostics).Run(jobs, templates, outputInputs, site);

        var sorted = diagnostics.Sorted();
        var result = new BuildResult(sorted, made.Files, site, Stats(inputs.InputFiles, site, made, incremental, inputs.Files.Count), clock.Timings,
            setup.OutputDir, ExitCodes.For(sorted, config.Validation.FailOn, options.Strict)) { Search = made.Search };
        if (options.Write)
        {
            // Every file is written and every finding known: the site may be shown while the cache is saved.
            if (options.Written is { } written)
            {
                written(result);
                clock.Done("shown", 1);
            }
            incremental.Save(made.Checks, made.Files, made.Search);
            clock.Done("save cache", made.Checks.Count);
        }
        return result;
    }

    private static BuildStats Stats(int inputFiles, SiteModel site, Production made, IncrementalBuild incremental, int parsed) =>
        new(inputFiles, site.Digests.Length, inputFiles - site.Digests.Length, made.Pages.Count, made.Files.Count, site.Topics.Length,
            made.Write.Written, made.Write.Unchanged, made.Write.Removed)
        {
            Reused = incremental.Reused, InputsReused = incremental.Inputs.Reused, FeedsReused = incremental.ReusedOutputs,
            RelatedReused = incremental.Related?.Reused ?? false, TopicsRecombined = incremental.Topics?.Recombined ?? parsed,
        };
}

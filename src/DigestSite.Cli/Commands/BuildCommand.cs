using System.CommandLine;
using System.Diagnostics;
using DigestSite.Cli.Reporting;
using Spectre.Console;
using DigestSite.Build;

namespace DigestSite.Cli.Commands;

public static class BuildCommand
{
    public static Command Create()
    {
        var site = CommonOptions.SiteDir();
        var output = new Option<string?>("--output", "-o") { Description = "Output folder (default: paths.output of statiq.yml, 'output')." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Overrides site.baseUrl, e.g. https://user.github.io/news/." };
        var drafts = new Option<bool>("--drafts") { Description = "Include digests marked draft: true." };
        var future = new Option<bool>("--future") { Description = "Include digests dated in the future." };
        var strict = new Option<bool>("--strict") { Description = "Warnings fail the build too (exit code 1)." };
        var clean = new Option<bool>("--clean") { Description = "Remove the output folder and any build cache first (a cold build)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print problems only: no progress, no summary." };
        var verbose = new Option<bool>("--verbose") { Description = "Print the time and memory each stage took, and the process's garbage collections and CPU time." };

        var command = new Command("build", "Build the site into output/ and validate every page.\n\nExample:\n  digestsite build mysite --output public --base-url https://example.org/news/")
        {
            site, output, baseUrl, drafts, future, strict, clean, quiet, verbose,
        };
        command.SetAction(parse =>
        {
            var mode = OutputModes.Detect(parse.Flag(quiet));
            var options = new BuildOptions
            {
                SiteDir = parse.GetValue(site)!,
                OutputDir = parse.GetValue(output),
                BaseUrl = parse.GetValue(baseUrl),
                Drafts = parse.Flag(drafts),
                Future = parse.Flag(future),
                Strict = parse.Flag(strict),
                Clean = parse.Flag(clean),
            };
            if (mode != OutputMode.Quiet) SiteNotes.Print(options.SiteDir);
            var clock = Stopwatch.StartNew();
            DeferCollections();
            var result = mode switch
            {
                OutputMode.Rich => LiveProgress.Run(AnsiConsole.Console, progress => SiteBuilder.Build(options with { Progress = progress })),
                OutputMode.Plain => SiteBuilder.Build(options with { Progress = new PlainProgress(Console.Out) }),
                _ => SiteBuilder.Build(options),
            };
            ConsoleReport.Print(result, mode, parse.Flag(verbose), clock.Elapsed);
            return result.ExitCode;
        });
        return command;
    }

    /// <summary>Lets the build's first <see cref="CollectionFreeBytes"/> be allocated with no garbage collection. A
    /// build is a batch job whose live data is mostly the cache it loads: a one-digest rebuild stays within the budget,
    /// so no collection pauses it to copy that cache about (figures in bench/RESULTS.md). A larger build goes past the
    /// budget, and the runtime then collects as usual.</summary>
    private static void DeferCollections()
    {
        try
        {
            GC.TryStartNoGCRegion(CollectionFreeBytes);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A heap limited below the budget (a container's memory limit): collections stay as they are.
        }
    }

    private const long CollectionFreeBytes = 256L * 1024 * 1024;
}

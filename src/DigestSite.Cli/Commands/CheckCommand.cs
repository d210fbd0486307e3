using System.CommandLine;
using DigestSite.Build;
using DigestSite.Diagnostics;
using DigestSite.Validation;

namespace DigestSite.Cli.Commands;

/// <summary><c>digestsite check</c>: a whole build in memory (configuration, digests, theme, every page
/// validated), with nothing written; the exit code is the one <c>build</c> would give.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var site = CommonOptions.SiteDir();
        var baseUrl = new Option<string?>("--base-url") { Description = "Check the links as they will be for this base URL, e.g. https://user.github.io/news/." };
        var drafts = new Option<bool>("--drafts") { Description = "Include digests marked draft: true." };
        var future = new Option<bool>("--future") { Description = "Include digests dated in the future." };
        var strict = new Option<bool>("--strict") { Description = "Warnings fail the check too (exit code 1)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print problems only, no summary." };

        var command = new Command("check",
            "Parse and validate everything (statiq.yml, digests, theme, every page and link), writing nothing.\n" +
            "Exit code 0: no errors; 1: errors (with --strict, warnings too); 2: configuration error.\n\n" +
            "Examples:\n  digestsite check\n  digestsite check mysite --base-url https://user.github.io/news/ --strict")
        {
            site, baseUrl, drafts, future, strict, quiet,
        };
        command.SetAction(parse =>
        {
            var options = new BuildOptions
            {
                SiteDir = parse.GetValue(site)!,
                BaseUrl = parse.GetValue(baseUrl),
                Drafts = parse.GetValue(drafts),
                Future = parse.GetValue(future),
                Strict = parse.GetValue(strict),
                Write = false,
            };
            // A configuration error (exit code 2) reaches Program's handler, as for build.
            var result = SiteBuilder.Build(options);
            foreach (var d in result.Diagnostics) Console.Error.WriteLine(d.ToString());
            if (!parse.GetValue(quiet)) PrintSummary(result);
            return result.ExitCode;
        });
        return command;
    }

    /// <summary>What was checked, then the findings counted by rule, with what each rule guards against.</summary>
    private static void PrintSummary(BuildResult result)
    {
        var s = result.Stats;
        Console.WriteLine($"Checked {s.InputFiles} input files ({s.Digests} digests, {s.Skipped} skipped), {s.Pages} pages, {s.Files} files; nothing written.");
        Console.WriteLine($"  {Count(result.Errors, "error")}, {Count(result.Warnings, "warning")}");
        foreach (var group in result.Diagnostics.GroupBy(d => d.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var errors = group.Count(d => d.Severity == Severity.Error);
            var warnings = group.Count() - errors;
            var counts = string.Join(", ", new[] { (errors, "error"), (warnings, "warning") }
                .Where(c => c.Item1 > 0).Select(c => Count(c.Item1, c.Item2)));
            var guards = ValidationRules.All.FirstOrDefault(r => r.Id == group.Key)?.Guards;
            Console.WriteLine($"    {group.Key,-18} {counts,-20}{guards}");
        }
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}

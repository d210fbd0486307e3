using DigestSite.Build;

namespace DigestSite.Cli;

/// <summary>Prints a build's problems, one a line (<c>path:line: severity: message</c>), then a summary.</summary>
public static class ConsoleReport
{
    public static void Print(BuildResult result, bool quiet, bool verbose)
    {
        foreach (var d in result.Diagnostics) Console.Error.WriteLine(d.ToString());
        if (verbose)
            foreach (var t in result.Timings)
                Console.WriteLine($"  {t.Stage,-12} {t.Elapsed.TotalMilliseconds,8:F0} ms  ({t.Items} items)");
        if (quiet) return;

        var s = result.Stats;
        var byRule = result.Diagnostics.GroupBy(d => d.Rule).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}: {g.Count()}");
        Console.WriteLine($"Built {s.Digests} digests into {s.Pages} pages ({s.Files} files, {s.Topics} topics) in {result.OutputDir}");
        Console.WriteLine($"  {s.Written} written, {s.Unchanged} unchanged, {s.Removed} removed; {s.Skipped} input files skipped");
        Console.WriteLine($"  {result.Errors} errors, {result.Warnings} warnings{(result.Diagnostics.Count > 0 ? $" ({string.Join(", ", byRule)})" : "")}; " +
                          $"{result.Timings.Sum(t => t.Elapsed.TotalMilliseconds):F0} ms");
    }
}

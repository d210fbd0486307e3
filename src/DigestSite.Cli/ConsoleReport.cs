using DigestSite.Build;
using DigestSite.Cli.Reporting;
using DigestSite.Diagnostics;
using Spectre.Console;

namespace DigestSite.Cli;

/// <summary>
/// Prints a build's problems, grouped by file and one a line (<c>path:line: severity: message</c>, on
/// standard error), then a summary: digests, pages, topics, warnings, errors and time (on standard output).
/// On a terminal both are coloured; otherwise they are plain text. <c>--quiet</c> prints the problems only.
/// </summary>
public static class ConsoleReport
{
    /// <summary>The plain form, for commands that have not chosen a mode (kept for their sake).</summary>
    public static void Print(BuildResult result, bool quiet, bool verbose) =>
        Print(result, OutputModes.Detect(quiet), verbose, TimeSpan.FromTicks(result.Timings.Sum(t => t.Elapsed.Ticks)));

    public static void Print(BuildResult result, OutputMode mode, bool verbose, TimeSpan elapsed)
    {
        if (mode == OutputMode.Rich) PrintRich(result, verbose, elapsed);
        else PrintPlain(result, mode == OutputMode.Quiet, verbose, elapsed);
    }

    /// <summary>Problems in file order (the build sorts them), each file's apart from the next.</summary>
    private static IEnumerable<IGrouping<string, Diagnostic>> ByFile(BuildResult result) =>
        result.Diagnostics.GroupBy(d => d.Path, StringComparer.Ordinal);

    private static void PrintPlain(BuildResult result, bool quiet, bool verbose, TimeSpan elapsed)
    {
        var first = true;
        foreach (var file in ByFile(result))
        {
            if (!first) Console.Error.WriteLine();
            first = false;
            foreach (var d in file) Console.Error.WriteLine(d.ToString());
        }
        if (verbose) PrintTimings(result, Console.Out);
        if (quiet) return;

        var s = result.Stats;
        if (result.Diagnostics.Count > 0) Console.WriteLine();
        Console.WriteLine($"Built {Count(s.Digests, "digest")} into {Count(s.Pages, "page")} ({Count(s.Files, "file")}, {Count(s.Topics, "topic")}) in {result.OutputDir}");
        Console.WriteLine($"  {s.Rendered} pages rendered, {s.Reused} reused from the last build ({s.InputsReused} inputs and {s.FeedsReused} feeds too); {s.Written} files written, {s.Unchanged} unchanged, {s.Removed} removed; {s.Skipped} input files skipped");
        Console.WriteLine($"  {Count(result.Errors, "error")}, {Count(result.Warnings, "warning")}{RuleCounts(result)}; {Seconds(elapsed)}");
    }

    private static void PrintRich(BuildResult result, bool verbose, TimeSpan elapsed)
    {
        var err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        // A problem line is never wrapped by us: it stays one "path:line: severity: message" line to copy.
        err.Profile.Width = 100_000;
        foreach (var file in ByFile(result))
        {
            err.WriteLine();
            err.MarkupLine($"[bold underline]{Markup.Escape(file.Key)}[/]");
            foreach (var d in file)
            {
                var line = Markup.Escape(d.ToString());
                var severity = d.Severity == Severity.Error ? "error" : "warning";
                var colour = d.Severity == Severity.Error ? "red" : "yellow";
                // Colour only the severity word; the line stays "path:line: severity: message".
                var marker = $": {severity}: ";
                var at = line.IndexOf(marker, StringComparison.Ordinal);
                err.MarkupLine(at < 0 ? "  " + line : $"  {line[..at]}: [{colour}]{severity}[/]: {line[(at + marker.Length)..]}");
            }
        }
        if (verbose) PrintTimings(result, Console.Out);

        var s = result.Stats;
        var grid = new Grid().AddColumn(new GridColumn().PadRight(2)).AddColumn();
        grid.AddRow("[bold]Digests[/]", $"{s.Digests}" + (s.Skipped > 0 ? $" [grey]({s.Skipped} input files skipped)[/]" : ""));
        grid.AddRow("[bold]Pages[/]", $"{s.Pages} [grey]({s.Files} files: {s.Written} written, {s.Unchanged} unchanged, {s.Removed} removed)[/]");
        grid.AddRow("[bold]Rendered[/]", $"{s.Rendered} [grey]({s.Reused} pages, {s.InputsReused} parsed inputs and {s.FeedsReused} feeds reused from the last build)[/]");
        grid.AddRow("[bold]Topics[/]", $"{s.Topics}");
        grid.AddRow("[bold]Warnings[/]", result.Warnings > 0 ? $"[yellow]{result.Warnings}[/]" : "0");
        grid.AddRow("[bold]Errors[/]", result.Errors > 0 ? $"[red]{result.Errors}[/]" : "0");
        grid.AddRow("[bold]Time[/]", Seconds(elapsed));
        grid.AddRow("[bold]Output[/]", Markup.Escape(result.OutputDir));
        var verdict = result.ExitCode == ExitCodes.Success ? "[green]Build succeeded[/]" : "[red]Build failed[/]";
        AnsiConsole.WriteLine();
        AnsiConsole.Write(new Panel(grid).Header(verdict).RoundedBorder());
    }

    private static void PrintTimings(BuildResult result, TextWriter output)
    {
        foreach (var t in result.Timings)
            output.WriteLine($"  {t.Stage,-12} {t.Elapsed.TotalMilliseconds,8:F0} ms {t.AllocatedBytes / (1024 * 1024),7:N0} MiB allocated  ({t.Items} items)");
        // Where time goes besides the stages: garbage collection, process start and the JIT (the whole process so far).
        // The peak working set is the process's high-water mark (the current one is lower once the GC has run);
        // the heap is what the managed heap holds now (the GC's own figure is as of its last collection, and a
        // rebuild runs without one).
        var process = System.Diagnostics.Process.GetCurrentProcess();
        output.WriteLine($"  memory: {GC.GetTotalAllocatedBytes() / (1024 * 1024):N0} MiB allocated, " +
            $"{GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2), " +
            $"{GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused, peak working set {process.PeakWorkingSet64 / (1024 * 1024):N0} MiB, heap {GC.GetTotalMemory(false) / (1024 * 1024):N0} MiB");
        output.WriteLine($"  process: {(DateTime.Now - process.StartTime).TotalMilliseconds:F0} ms since start, CPU {process.UserProcessorTime.TotalMilliseconds:F0} ms user + {process.PrivilegedProcessorTime.TotalMilliseconds:F0} ms system, " +
            $"{System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled by the JIT in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
    }

    private static string RuleCounts(BuildResult result) => result.Diagnostics.Count == 0
        ? ""
        : " (" + string.Join(", ", result.Diagnostics.GroupBy(d => d.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}")) + ")";

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    private static string Seconds(TimeSpan t) => t.TotalSeconds < 10
        ? $"{t.TotalMilliseconds:F0} ms"
        : $"{t.TotalSeconds:F1} s";
}

using DigestSite.Diagnostics;
using DigestSite.Site;

namespace DigestSite.Build;

public sealed record StageTiming(string Stage, TimeSpan Elapsed, int Items)
{
    /// <summary>Bytes the stage allocated (all threads): allocation is what makes a .NET build wait for the GC.</summary>
    public long AllocatedBytes { get; init; }
}

/// <summary>Counts for the closing summary.</summary>
public sealed record BuildStats(int InputFiles, int Digests, int Skipped, int Pages, int Files, int Topics, int Written, int Unchanged, int Removed)
{
    /// <summary>Pages an incremental build took from the output folder as they were, unrendered.</summary>
    public int Reused { get; init; }
    public int Rendered => Pages - Reused;
    /// <summary>Input files whose parse result came from the build cache (unchanged since the last build).</summary>
    public int InputsReused { get; init; }
    /// <summary>Feeds an incremental build took from the output folder as they were.</summary>
    public int FeedsReused { get; init; }
    /// <summary>Whether the related digests were the last build's ranking (what it ranked was the same).</summary>
    public bool RelatedReused { get; init; }
    /// <summary>Digests whose topics the corpus step found again (the others kept the last build's).</summary>
    public int TopicsRecombined { get; init; }
}

/// <summary>Everything a build produced: the problems, the files (in memory when nothing was written; a written
/// page's bytes are read back from the output folder when asked, see <see cref="OutputFile"/>), the site model,
/// and how long each stage took.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<OutputFile> Files,
    SiteModel? Site,
    BuildStats Stats,
    IReadOnlyList<StageTiming> Timings,
    string OutputDir,
    int ExitCode)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>A build that wrote nothing because of <paramref name="reason"/> (no digest was found).</summary>
    internal static BuildResult Nothing(DiagnosticBag diagnostics, Diagnostic reason, int inputFiles, IReadOnlyList<StageTiming> timings, string outputDir)
    {
        diagnostics.Add(reason);
        return new BuildResult(diagnostics.Sorted(), [], null, new BuildStats(inputFiles, 0, inputFiles, 0, 0, 0, 0, 0, 0),
            timings, outputDir, ExitCodes.Failed);
    }
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    /// <summary>The search index's memo, for the next build in this process (<see cref="BuildOptions.Search"/>).</summary>
    public Search.SearchMemo? Search { get; init; }
}

using DigestSite.Build;

namespace DigestSite.Cli.Reporting;

/// <summary>Progress as plain lines, one when each main stage ends (<c>reading: 14 digest files</c>): readable
/// in a CI log or a file, where a live display would leave escape codes.</summary>
public sealed class PlainProgress(TextWriter output) : IProgress<BuildProgress>
{
    public void Report(BuildProgress value)
    {
        if (!value.Finished || !StageNames.Main.Contains(value.Stage)) return;
        lock (output) output.WriteLine($"{StageNames.Label(value.Stage).ToLowerInvariant()}: {value.Total} {StageNames.Unit(value.Stage)}");
    }
}

using System.Diagnostics;
using DigestSite.Build;
using DigestSite.Tests.Support;
using Xunit;

namespace DigestSite.Tests.Caching;

/// <summary>
/// A real site (the shared samples and 40 generated digests, plus a footer that gives every page the same
/// validation findings, so that cached findings are put to the test) built into two output folders: one
/// incrementally, build after build, and one cold (<c>--clean</c>) each time, for comparison.
/// </summary>
public sealed class IncrementalSite : IDisposable
{
    /// <summary>An image without alt text, a link to a missing file and a link to a missing anchor: a warning or
    /// error on every page, from each validation pass.</summary>
    public const string FooterWithFindings =
        "<footer class=\"site-footer\"><p><img src=\"{{ site.base_path }}assets/missing.png\"> <a href=\"#no-such-anchor\">top</a></p></footer>\n";

    public IncrementalSite()
    {
        Site = new TempSite();
        foreach (var sample in Repo.SampleFiles) Site.CopyDigest(sample);
        var generator = Path.Combine(Repo.Shared, "tools", "gen_corpus.py");
        var info = new ProcessStartInfo("python3", [generator, "40", "--format", "digest", "--front-matter", "--out", Site.Input])
            { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "gen_corpus.py failed: " + errors);
        Site.WriteThemeFile("templates/partials/footer.sbn-html", FooterWithFindings);
    }

    public TempSite Site { get; }
    public string IncrementalOutput => Path.Combine(Site.Dir, "out-incremental");
    public string ColdOutput => Path.Combine(Site.Dir, "out-cold");

    public string[] Digests => Directory.GetFiles(Site.Input).Order(StringComparer.Ordinal).ToArray();

    public BuildResult BuildIncremental() => Site.Build(o => o with { OutputDir = IncrementalOutput });

    /// <summary>Builds incrementally and cold, asserts that both give the same files, byte for byte, the same
    /// problems and the same exit code, and returns the incremental build.</summary>
    public BuildResult BuildBothAndCompare()
    {
        var incremental = BuildIncremental();
        var cold = Site.Build(o => o with { OutputDir = ColdOutput, Clean = true });
        Assert.Equal(0, cold.Stats.Reused);
        Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(cold.Diagnostics.Select(d => d.Rule), incremental.Diagnostics.Select(d => d.Rule));
        Assert.Equal(cold.ExitCode, incremental.ExitCode);
        Assert.Equal(cold.Stats with { Written = 0, Unchanged = 0, Removed = 0, Reused = 0, InputsReused = 0, FeedsReused = 0, RelatedReused = false, TopicsRecombined = 0 },
            incremental.Stats with { Written = 0, Unchanged = 0, Removed = 0, Reused = 0, InputsReused = 0, FeedsReused = 0, RelatedReused = false, TopicsRecombined = 0 });
        AssertSameFiles(ColdOutput, IncrementalOutput);
        return incremental;
    }

    public static void AssertSameFiles(string expectedDir, string actualDir)
    {
        var expected = RelativeFiles(expectedDir);
        var actual = RelativeFiles(actualDir);
        Assert.Equal(expected, actual);
        foreach (var path in expected)
        {
            // The manifest's first line binds it to its own folder; the list below it must be the same.
            var same = path == global::DigestSite.Writing.OutputFolder.ManifestName
                ? File.ReadLines(Path.Combine(expectedDir, path)).Skip(1).SequenceEqual(File.ReadLines(Path.Combine(actualDir, path)).Skip(1))
                : File.ReadAllBytes(Path.Combine(expectedDir, path)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actualDir, path)));
            Assert.True(same, $"{path} differs between the cold and the incremental build");
        }
    }

    private static string[] RelativeFiles(string dir) => Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal).ToArray();

    public void Dispose() => Site.Dispose();
}

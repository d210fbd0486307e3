using DigestSite.Tests.Support;

namespace DigestSite.Tests.Caching;

/// <summary>Scheduled publishing: a digest dated in the future is left out until its time, then the first build
/// after it (an incremental one, as a scheduled CI build or a preview gives) includes it, exactly as a cold build
/// would.</summary>
public sealed class ScheduledDigestTests
{
    private const string Bridge = """
        ---
        title: "Bridge reopens after a year of repairs"
        date: 2026-12-01T09:00Z
        ---
        Bridge reopens after a year of repairs
        What's the story
        The old bridge reopens to traffic on Monday after a year of repairs, the city said on Friday.
        """;

    [Fact]
    public void A_future_digest_appears_at_the_first_build_after_its_time_and_equals_a_cold_build()
    {
        using var site = new TempSite();
        site.CopyDigest(Repo.SeedFile);
        site.AddDigest("bridge.txt", Bridge);
        var before = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        var after = before.AddHours(2);
        var page = Path.Combine(site.Output, "digests", "bridge-reopens-after-a-year-of-repairs", "index.html");

        site.Build(o => o with { Now = before });
        Assert.False(File.Exists(page));
        Assert.DoesNotContain("Bridge reopens", site.ReadOutput("index.html"));

        var rebuild = site.Build(o => o with { Now = after });
        Assert.Equal(0, rebuild.ExitCode);
        Assert.True(File.Exists(page));
        Assert.Contains("Bridge reopens", site.ReadOutput("index.html"));

        var cold = Path.Combine(site.Dir, "cold");
        site.Build(o => o with { Now = after, OutputDir = cold, Clean = true });
        foreach (var file in Directory.GetFiles(cold, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".digestsite-manifest")))
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(site.Output, Path.GetRelativePath(cold, file)))),
                $"{Path.GetRelativePath(cold, file)} differs from a cold build");
    }
}

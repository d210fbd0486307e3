using System.Runtime;
using DigestSite.Caching;
using Xunit;

namespace DigestSite.Tests.Incremental;

/// <summary>The no-collection region is the process's: these tests run alone, after the others (a build in a
/// parallel test would open and close regions of its own).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GcRegionCollection
{
    public const string Name = "GC region, alone";
}

/// <summary>
/// The GC's no-collection region a rebuild runs in: held while the build runs, let go when it ends, and never
/// left open by a build (a long-lived process, the preview server, builds again and again).
/// </summary>
[Collection(GcRegionCollection.Name)]
public sealed class CollectionHoldOffTests : IDisposable
{
    private readonly IncrementalSite _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public void A_hold_off_holds_until_disposed()
    {
        var holdOff = CollectionHoldOff.For(64L << 20);
        Assert.True(holdOff.Holding);
        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        holdOff.Dispose();
        Assert.False(holdOff.Holding);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        holdOff.Dispose(); // twice is harmless
    }

    [Fact]
    public void A_second_hold_off_goes_without_while_one_holds()
    {
        using var first = CollectionHoldOff.For(64L << 20);
        using var second = CollectionHoldOff.For(64L << 20);
        Assert.True(first.Holding);
        Assert.False(second.Holding);
        second.Dispose(); // letting go of nothing leaves the first's region alone
        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_hold_off_whose_budget_is_spent_ends_and_disposes_quietly()
    {
        var holdOff = CollectionHoldOff.For(32L << 20);
        Assert.True(holdOff.Holding);
        var kept = new List<byte[]>();
        for (var i = 0; i < 96; i++)
        {
            kept.Add(new byte[1 << 20]); // 96 MiB in all: past the budget, so the GC ends the region itself
            if (kept.Count > 8) kept.RemoveAt(0);
        }
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        holdOff.Dispose(); // the region is already over: no exception
        Assert.False(holdOff.Holding);
    }

    [Fact]
    public void A_rebuild_runs_in_a_region_and_lets_it_go_when_it_ends()
    {
        _s.BuildIncremental(); // cold: writes the cache
        var collectionsBefore = GC.CollectionCount(0);
        _s.BuildIncremental(); // a rebuild of the small sample site: within its budget
        Assert.Equal(collectionsBefore + 1, GC.CollectionCount(0)); // the one that opens the region, no other
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}

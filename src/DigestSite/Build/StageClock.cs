using System.Diagnostics;

namespace DigestSite.Build;

/// <summary>Times the build's stages, which run one after another: each stage's wall time, items and the bytes
/// allocated since the stage before (all threads), and reports each one finished to the caller's progress.</summary>
internal sealed class StageClock(IProgress<BuildProgress>? sink)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _allocated = GC.GetTotalAllocatedBytes();

    public List<StageTiming> Timings { get; } = [];

    /// <summary>For stages that report items as they finish them.</summary>
    public StageProgress Progress { get; } = new(sink);

    /// <summary>Ends the stage <paramref name="stage"/> (of <paramref name="items"/> items) and starts the next.</summary>
    public void Done(string stage, int items)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        Timings.Add(new StageTiming(stage, _clock.Elapsed, items) { AllocatedBytes = allocated - _allocated });
        _allocated = allocated;
        Progress.Finish(stage, items);
        _clock.Restart();
    }
}

namespace DigestSite.Build;

/// <summary>
/// How far one stage of a build has come: <see cref="Done"/> of <see cref="Total"/> items. A stage reports
/// when it starts (Done 0), as items finish where a stage handles many (reading, parsing, rendering), and once
/// when it ends (<see cref="Finished"/>). <see cref="Stage"/> is the name the stage has in
/// <see cref="StageTiming"/> ("read", "render", "validate", "write", …).
/// </summary>
public sealed record BuildProgress(string Stage, int Done, int Total, bool Finished = false);

/// <summary>
/// Sends <see cref="BuildProgress"/> reports to the caller's <see cref="IProgress{T}"/>, if any. Steps may
/// come from parallel loops, so the count is kept with <see cref="Interlocked"/>; the receiver must accept
/// reports from any thread.
/// </summary>
internal sealed class StageProgress(IProgress<BuildProgress>? sink)
{
    private string _stage = "";
    private int _total;
    private int _done;

    public void Start(string stage, int total)
    {
        if (sink is null) return;
        _stage = stage;
        _total = total;
        _done = 0;
        sink.Report(new BuildProgress(stage, 0, total));
    }

    public void Step()
    {
        if (sink is null) return;
        sink.Report(new BuildProgress(_stage, Interlocked.Increment(ref _done), _total));
    }

    public void Finish(string stage, int items) => sink?.Report(new BuildProgress(stage, items, items, Finished: true));
}

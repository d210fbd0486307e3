using System.Collections.Concurrent;
using DigestSite.Build;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DigestSite.Cli.Reporting;

/// <summary>
/// The terminal's live progress display: a row per stage with a bar and a count, filled from the build's
/// <see cref="BuildProgress"/> reports. Reports arrive from parallel loops, so each row keeps its counts
/// with <see cref="Interlocked"/> and rows are created under a lock.
/// </summary>
public static class LiveProgress
{
    public static T Run<T>(IAnsiConsole console, Func<IProgress<BuildProgress>, T> work) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new CountColumn(), new ElapsedTimeColumn())
            .Start(ctx => work(new Sink(ctx)));

    /// <summary>A stage's counts; the <see cref="CountColumn"/> reads them from the task's tag.</summary>
    private sealed class StageCounts
    {
        public int Done;
        public int Total;
        public required string Unit;
    }

    private sealed class Sink(ProgressContext ctx) : IProgress<BuildProgress>
    {
        private readonly ConcurrentDictionary<string, ProgressTask> _rows = new(StringComparer.Ordinal);
        private readonly Lock _gate = new();

        public void Report(BuildProgress value)
        {
            var task = Row(value.Stage);
            var counts = (StageCounts)task.Tag!;
            counts.Total = value.Total;
            // Steps from parallel loops may arrive out of order; the count only goes up.
            int seen;
            while ((seen = counts.Done) < value.Done && Interlocked.CompareExchange(ref counts.Done, value.Done, seen) != seen) { }
            task.MaxValue = Math.Max(value.Total, 1);
            task.Value = value.Finished ? task.MaxValue : Math.Min(counts.Done, task.MaxValue);
            if (value.Finished) task.StopTask();
        }

        private ProgressTask Row(string stage)
        {
            if (_rows.TryGetValue(stage, out var row)) return row;
            lock (_gate)
            {
                return _rows.GetOrAdd(stage, s =>
                {
                    var task = ctx.AddTask(Markup.Escape(StageNames.Label(s)), autoStart: true, maxValue: 1);
                    task.Tag = new StageCounts { Unit = StageNames.Unit(s) };
                    return task;
                });
            }
        }
    }

    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            task.Tag is StageCounts c
                ? new Markup($"[grey]{c.Done}/{c.Total} {Markup.Escape(c.Unit)}[/]")
                : Text.Empty;
    }
}

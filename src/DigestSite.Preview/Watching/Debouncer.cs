using System.Diagnostics;
using System.Threading.Channels;

namespace DigestSite.Preview.Watching;

/// <summary>
/// Turns a burst of change signals into one: an editor's save is often several events (write, truncate,
/// rename of a temporary file), and a `git checkout` is hundreds. <see cref="WaitForBurstAsync"/> returns once
/// the signals have been quiet for <c>quiet</c>, or <c>longest</c> after the first, so a steady stream of
/// writes still gets builds.
/// </summary>
public sealed class Debouncer(TimeSpan quiet, TimeSpan longest)
{
    private readonly Channel<byte> _pending = Channel.CreateBounded<byte>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long _lastSignal;

    public void Signal()
    {
        Interlocked.Exchange(ref _lastSignal, Stopwatch.GetTimestamp());
        _pending.Writer.TryWrite(0);
    }

    public async Task WaitForBurstAsync(CancellationToken cancel)
    {
        await _pending.Reader.ReadAsync(cancel);
        var first = Stopwatch.GetTimestamp();
        while (true)
        {
            var sinceLast = Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastSignal));
            var sinceFirst = Stopwatch.GetElapsedTime(first);
            if (sinceLast >= quiet || sinceFirst >= longest) break;
            var wait = quiet - sinceLast;
            await Task.Delay(wait < longest - sinceFirst ? wait : longest - sinceFirst, cancel);
        }
        // Signals of this burst are answered by the build that follows; later ones start the next burst.
        while (_pending.Reader.TryRead(out _)) { }
    }
}

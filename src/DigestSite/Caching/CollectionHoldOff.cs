using System.Runtime;

namespace DigestSite.Caching;

/// <summary>
/// Asks the GC to hold off collecting for a rebuild's worth of allocation (a no-GC region), and lets it go again
/// when disposed. A rebuild keeps what it loads from the cache alive to its end, and allocates little else:
/// each collection on the way only moves the loaded records from generation to generation (a rebuild of the
/// 4,000-digest bench collected 8 times, 125-180 ms of pauses in a one-second build). If the build allocates
/// more than asked for (many pages changed), the GC ends the region itself and collects as usual: the budget
/// can make a build faster, never wrong. The region is the process's: a build that finds one already open (a
/// second build at the same time) goes without.
/// </summary>
internal sealed class CollectionHoldOff : IDisposable
{
    private bool _open;

    private CollectionHoldOff(bool open) => _open = open;

    /// <summary>Whether this one opened the region, and has not let it go.</summary>
    public bool Holding => _open;

    public static CollectionHoldOff None { get; } = new(false);

    /// <summary>Holds collections off for about <paramref name="bytes"/> of allocation.</summary>
    public static CollectionHoldOff For(long bytes)
    {
        // A second request while a region is open is refused, and the refusal ends the open one too: ask only
        // when none is.
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return None;
        try
        {
            // Commits the memory, does not touch it: cheap. Too large a request is refused (false or an exception).
            return new CollectionHoldOff(GC.TryStartNoGCRegion(Math.Clamp(bytes, MinBytes, MaxBytes)));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return None;
        }
    }

    private const long MinBytes = 32L << 20;
    private const long MaxBytes = 512L << 20;

    public void Dispose()
    {
        if (!_open) return;
        _open = false;
        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The region ended on its own (its budget spent) between the check and the call.
        }
    }
}

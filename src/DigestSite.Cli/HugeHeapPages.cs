using System.Globalization;
using System.Runtime.InteropServices;

namespace DigestSite.Cli;

/// <summary>
/// Asks Linux to back the managed heap with transparent huge pages (2 MiB) where it can. Every page of memory a
/// process touches for the first time is a page fault, and on some virtual machines a fault is dear: on the
/// bench's, 20-25 us each, so that the 50 MiB a rebuild allocates cost some 300 ms of faults at 4 KiB a page
/// (touching 64 MiB: about 400 ms in 4 KiB pages, under 10 ms in huge pages). Kernels set to give huge pages
/// only where asked (<c>transparent_hugepage=madvise</c>, the usual default) give them to ranges marked
/// <c>MADV_HUGEPAGE</c>; the runtime marks none, so the heap's reservation is marked here, once, at start.
/// Only advice: where the kernel has no huge page to give, or refuses, the heap works as before.
/// </summary>
internal static class HugeHeapPages
{
    private const int MadvHugePage = 14;

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int MAdvise(nint address, nuint length, int advice);

    /// <summary>Marks the mappings around the heap: the one holding a new object, and those adjacent to it
    /// without a file (the rest of the heap's reservation, reserved and committed piecemeal).</summary>
    public static void Advise()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("DIGESTSITE_NO_HUGE_PAGES") is not null) return;
        try
        {
            var probe = new byte[64];
            var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
            var address = (ulong)handle.AddrOfPinnedObject();
            handle.Free();
            if (HeapRange(File.ReadAllLines("/proc/self/maps"), address) is var (start, end) && end > start)
                MAdvise((nint)start, (nuint)(end - start), MadvHugePage);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException
            or EntryPointNotFoundException or FormatException or OverflowException)
        {
            // No huge pages: the build is as fast as it was.
        }
    }

    /// <summary>The run of back-to-back anonymous mappings (no file) that holds <paramref name="address"/>.</summary>
    internal static (ulong Start, ulong End)? HeapRange(string[] maps, ulong address)
    {
        var ranges = new (ulong Start, ulong End, bool Anonymous)[maps.Length];
        var holding = -1;
        for (var i = 0; i < maps.Length; i++)
        {
            // "7f00a0000000-7f00a4000000 rw-p 00000000 00:00 0    [optional path]"
            var fields = maps[i].Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5) return null;
            var dash = fields[0].IndexOf('-');
            var start = ulong.Parse(fields[0].AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var end = ulong.Parse(fields[0].AsSpan(dash + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            ranges[i] = (start, end, fields[4] == "0" && (fields.Length < 6 || fields[5].Trim().Length == 0));
            if (address >= start && address < end) holding = i;
        }
        if (holding < 0 || !ranges[holding].Anonymous) return null;
        var first = holding;
        while (first > 0 && ranges[first - 1].Anonymous && ranges[first - 1].End == ranges[first].Start) first--;
        var last = holding;
        while (last + 1 < ranges.Length && ranges[last + 1].Anonymous && ranges[last + 1].Start == ranges[last].End) last++;
        return (ranges[first].Start, ranges[last].End);
    }
}

using System.Runtime.InteropServices;
using DigestSite.Cli;

namespace DigestSite.Tests.Cli;

/// <summary>Which mappings the CLI marks for huge pages: the run of file-less mappings around the heap, no more.</summary>
public sealed class HugeHeapPagesTests
{
    private static readonly string[] Maps =
    [
        "55d0a0000000-55d0a0002000 r--p 00000000 fe:00 247270                     /usr/bin/dotnet",
        "7f0000000000-7f0000400000 rw-p 00000000 00:00 0 ",
        "7f0000400000-7f4000000000 ---p 00000000 00:00 0",
        "7f4000000000-7f4000200000 rw-p 00000000 00:00 0",
        "7f4000200000-7f4000300000 r--p 00000000 fe:00 1234                       /usr/lib/libc.so.6",
        "7f4000300000-7f4000400000 rw-p 00000000 00:00 0",
    ];

    [Fact]
    public void The_run_of_anonymous_mappings_around_the_address_is_taken()
    {
        Assert.Equal((0x7f0000000000UL, 0x7f4000200000UL), HugeHeapPages.HeapRange(Maps, 0x7f0000500000));
        Assert.Equal((0x7f0000000000UL, 0x7f4000200000UL), HugeHeapPages.HeapRange(Maps, 0x7f0000000010));
    }

    [Fact]
    public void An_address_in_a_file_mapping_or_in_none_gives_nothing()
    {
        Assert.Null(HugeHeapPages.HeapRange(Maps, 0x7f4000200010));
        Assert.Null(HugeHeapPages.HeapRange(Maps, 0x10));
    }

    [Fact]
    public void This_process_heap_is_found_in_its_own_maps()
    {
        if (!OperatingSystem.IsLinux()) return;
        var probe = new byte[64];
        var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
        var address = (ulong)handle.AddrOfPinnedObject();
        var range = HugeHeapPages.HeapRange(File.ReadAllLines("/proc/self/maps"), address);
        handle.Free();
        Assert.NotNull(range);
        Assert.InRange(address, range.Value.Start, range.Value.End - 1);
    }
}

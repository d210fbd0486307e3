using System.Runtime.InteropServices;

namespace DigestSite.Files;

/// <summary>What a path names, looked at without following a final symbolic link.</summary>
public enum EntryKind { Missing, Regular, Directory, SymbolicLink, Other }

/// <summary>A path's kind, its link count, the device and inode of what it names (0 where the system does not
/// say), its size and its last-write time (UTC ticks, as <see cref="FileSystemInfo.LastWriteTimeUtc"/> gives them).</summary>
public readonly record struct EntryInfo(EntryKind Kind, uint Links, ulong Device = 0, ulong Inode = 0, long Size = 0, long ModifiedTicks = 0)
{
    public bool Exists => Kind != EntryKind.Missing;

    /// <summary>"device:inode", or null where the system does not say.</summary>
    public string? Identity => Inode == 0 ? null : $"{Device >> 32}:{Device & 0xFFFFFFFF}:{Inode}";
}

/// <summary>
/// Tells regular files from folders, links and special files (FIFOs, devices, sockets), which .NET's file
/// classes do not: a FIFO or a device opened for reading or writing blocks or never ends. On Linux this asks the
/// kernel with <c>statx</c>, whose record has one layout on every architecture; elsewhere (or where the C library
/// lacks it) it falls back to <see cref="FileSystemInfo"/>, which cannot see special files or identities.
/// </summary>
public static class FileKind
{
    /// <summary>The kind of <paramref name="path"/> itself (a link is a link, whatever it points to), or with
    /// <paramref name="followLinks"/> of what it finally names.</summary>
    public static EntryInfo Of(string path, bool followLinks = false)
    {
        if (OperatingSystem.IsLinux() && TryStatx(path, followLinks) is { } info) return info;
        FileSystemInfo entry = new FileInfo(path);
        if (!followLinks && entry.LinkTarget is not null) return new EntryInfo(EntryKind.SymbolicLink, 1);
        if (followLinks && entry.LinkTarget is not null)
            entry = entry.ResolveLinkTarget(returnFinalTarget: true) ?? entry;
        if (Directory.Exists(entry.FullName)) return new EntryInfo(EntryKind.Directory, 1);
        var file = new FileInfo(entry.FullName);
        return file.Exists ? new EntryInfo(EntryKind.Regular, 1, Size: file.Length, ModifiedTicks: file.LastWriteTimeUtc.Ticks) : default;
    }

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1, StatxNlink = 0x4, StatxMtime = 0x40, StatxIno = 0x100, StatxSize = 0x200;
    private const int ModeOffset = 28, NlinkOffset = 16, InoOffset = 32, SizeOffset = 40, MtimeOffset = 112, DevMajorOffset = 136, DevMinorOffset = 140;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref byte buffer);

    private static bool _noStatx;

    private static EntryInfo? TryStatx(string path, bool followLinks)
    {
        if (_noStatx) return null;
        Span<byte> buffer = stackalloc byte[256];
        try
        {
            if (Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType | StatxNlink | StatxIno | StatxSize | StatxMtime, ref MemoryMarshal.GetReference(buffer)) != 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                const int noSuchFile = 2, notADirectory = 20, tooManyLinks = 40, noSysCall = 38;
                if (errno == noSysCall) { _noStatx = true; return null; }
                // A missing path, a path through a file, or a link loop names nothing that can be read.
                return errno is noSuchFile or notADirectory or tooManyLinks ? default(EntryInfo) : null;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _noStatx = true;
            return null;
        }
        var mode = MemoryMarshal.Read<ushort>(buffer[ModeOffset..]) & 0xF000;
        var kind = mode switch
        {
            0x8000 => EntryKind.Regular,
            0x4000 => EntryKind.Directory,
            0xA000 => EntryKind.SymbolicLink,
            _ => EntryKind.Other,
        };
        var device = (ulong)MemoryMarshal.Read<uint>(buffer[DevMajorOffset..]) << 32 | MemoryMarshal.Read<uint>(buffer[DevMinorOffset..]);
        // As .NET counts a file's time: seconds and nanoseconds since 1970, in ticks of 100 ns.
        var modified = DateTime.UnixEpoch.Ticks + MemoryMarshal.Read<long>(buffer[MtimeOffset..]) * TimeSpan.TicksPerSecond
                       + MemoryMarshal.Read<uint>(buffer[(MtimeOffset + 8)..]) / 100;
        return new EntryInfo(kind, MemoryMarshal.Read<uint>(buffer[NlinkOffset..]), device, MemoryMarshal.Read<ulong>(buffer[InoOffset..]),
            MemoryMarshal.Read<long>(buffer[SizeOffset..]), modified);
    }
}

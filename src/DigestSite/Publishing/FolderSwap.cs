using System.Runtime.InteropServices;

namespace DigestSite.Publishing;

/// <summary>
/// Puts a finished folder in the place of another with renames, so a web server pointed at the place sees
/// either the old site or the new one, never a mix. On Linux the two folders are exchanged in one step
/// (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>), so the place never stands empty either; elsewhere, or on file
/// systems without it, the old folder is renamed aside and the new one renamed in, a gap of two system calls.
/// Both folders must be on the same file system (the caller builds the new one beside the place).
/// </summary>
internal static class FolderSwap
{
    /// <summary>Moves <paramref name="newDir"/> to <paramref name="dir"/> and deletes what was there. Returns
    /// a warning when the new site is in place but the old one could not be removed, else null.</summary>
    /// <param name="exchange">False forces the two-rename way (tests use it to cover both).</param>
    public static string? Replace(string dir, string newDir, bool exchange = true)
    {
        if (!Directory.Exists(dir))
        {
            Directory.Move(newDir, dir);
            return null;
        }

        string old;
        if (exchange && TryExchange(newDir, dir))
        {
            old = newDir; // after the exchange it holds the previous site
        }
        else
        {
            old = StaleFolders.NewName(dir + ".digestsite-old-");
            Directory.Move(dir, old);
            try
            {
                Directory.Move(newDir, dir);
            }
            catch
            {
                Directory.Move(old, dir); // put the previous site back; the caller removes newDir
                throw;
            }
        }

        try
        {
            Directory.Delete(old, recursive: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"the new site is in place, but the previous one could not be removed from {old}: {e.Message}";
        }
    }

    public static string Random() => Guid.NewGuid().ToString("N")[..10];

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    /// <summary>True when the kernel exchanged the two folders; false when it can't (then nothing moved).</summary>
    internal static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library without renameat2 (old glibc, some musl builds)
        }
    }
}

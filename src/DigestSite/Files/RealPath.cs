namespace DigestSite.Files;

/// <summary>
/// The path the kernel would reach: every symbolic link along the part of a path that exists is followed (as
/// <c>realpath</c> does, with "." and ".." taken after the link before them), and the part that does not exist
/// yet is kept as written. Guards compare such paths, so that a link cannot make a protected folder look like
/// another one.
/// </summary>
public static class RealPath
{
    /// <summary>The kernel's own limit on links followed in one path.</summary>
    private const int MaxLinks = 40;

    /// <summary>The real form of <paramref name="path"/> (relative paths are taken from the current folder).
    /// Throws <see cref="IOException"/> when its links loop or chain too deep.</summary>
    public static string Resolve(string path)
    {
        // Drive letters and backslashes are not handled below: on Windows the full path, with '/', is what is compared.
        if (OperatingSystem.IsWindows()) return Path.GetFullPath(path).Replace('\\', '/').TrimEnd('/');
        var pending = new Stack<string>();
        Push(pending, Path.Combine(Directory.GetCurrentDirectory(), path));
        var current = "/";
        var links = 0;
        var exists = true;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part is "" or ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? "/";
                continue;
            }
            var next = Path.Join(current, part);
            if (exists && FileKind.Of(next) is { Kind: EntryKind.SymbolicLink } && new FileInfo(next).LinkTarget is { } target)
            {
                if (++links > MaxLinks) throw new IOException($"too many levels of symbolic links in {path}");
                if (target.StartsWith('/')) current = "/";
                Push(pending, target);
                continue;
            }
            exists = exists && FileKind.Of(next).Exists;
            current = next;
        }
        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it (both real, without a
    /// trailing '/').</summary>
    public static bool IsSameOrInside(string path, string folder) =>
        path == folder || folder == "/" || path.StartsWith(folder + "/", StringComparison.Ordinal);

    private static void Push(Stack<string> pending, string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }
}

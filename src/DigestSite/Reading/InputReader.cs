using DigestSite.Diagnostics;

namespace DigestSite.Reading;

/// <summary>A digest file as the read stage finds it: the path it is read by, its path relative to the site
/// folder with '/' (what diagnostics and the build cache name it by), and its size and last-write time (UTC
/// ticks) as the folder was listed, before any of its bytes are read.</summary>
public sealed record DigestInput(string FullPath, string RelativePath, long Size, long ModifiedTicks);

/// <summary>Finds and reads the digest files of a site's input folder. Reads only; never writes there.</summary>
public static class InputReader
{
    // (Before the set made from it: static fields are set in the order they are written.)
    private static readonly string[] Extensions = [".txt", ".md"];

    /// <summary>File kinds that hold digests; everything else in input/ is ignored.</summary>
    public static readonly IReadOnlySet<string> DigestExtensions = new HashSet<string>(Extensions, StringComparer.OrdinalIgnoreCase);

    /// <summary>Digest files under <paramref name="inputDir"/>, in ordinal path order (the order collisions are
    /// resolved in). Hidden files and folders (".name") and editor backups ("name~") are skipped, and so are
    /// special files and links that leave the site (see <see cref="InputWalk"/>); the site is taken to be the
    /// folder that holds the input folder.</summary>
    public static IReadOnlyList<string> FindDigestFiles(string inputDir)
    {
        var full = Path.GetFullPath(inputDir);
        var found = Find(full, Path.GetDirectoryName(full.TrimEnd('/')) ?? full, "", null);
        var paths = new string[found.Length];
        for (var i = 0; i < found.Length; i++) paths[i] = found[i].FullPath;
        return paths;
    }

    /// <summary>The files of <see cref="FindDigestFiles"/>, in the same order, each with its path relative to
    /// <paramref name="siteDir"/> (as <see cref="RelativePath"/> gives it) and its size and last-write time, read
    /// as the folder is listed. What is skipped for being unsafe to read gets a warning in
    /// <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<DigestInput> FindDigestInputs(string inputDir, string siteDir, DiagnosticBag? diagnostics = null)
    {
        // Every file's path below the site folder is the input folder's, then its path below that one (the order
        // is the same with the prefix as without it).
        var prefix = RelativePath(siteDir, inputDir);
        var found = Find(inputDir, siteDir, prefix is "." or "" ? "" : prefix + "/", diagnostics is null ? null : diagnostics.Add);
        var inputs = new DigestInput[found.Length];
        for (var i = 0; i < found.Length; i++)
            inputs[i] = new DigestInput(found[i].FullPath, found[i].Key, found[i].Size, found[i].ModifiedTicks);
        return inputs;
    }

    /// <param name="prefix">Put before each file's key (its path below <paramref name="inputDir"/>).</param>
    private static InputWalk.WalkedFile[] Find(string inputDir, string siteDir, string prefix, Action<Diagnostic>? warn)
    {
        if (!Directory.Exists(inputDir)) return [];
        var found = InputWalk.Run(Path.GetFullPath(inputDir), siteDir, prefix, warn, name => IsDigestName(name), name => IsHiddenOrBackupName(name)).ToArray();
        // Keys are unique (one walk, one name an entry): an ordinal sort gives the order collisions are resolved in.
        Array.Sort(found, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return found;
    }

    /// <summary>The path diagnostics and the cache name a file by: relative to the site folder, with '/'.</summary>
    public static string RelativePath(string siteDir, string fullPath) => Path.GetRelativePath(siteDir, fullPath).Replace('\\', '/');

    /// <summary>Files the build skips (the preview's watcher skips them too, so editor backups cost no rebuild).</summary>
    public static bool IsHiddenOrBackup(string relativePath) =>
        relativePath.Split('/', '\\').Any(part => IsHiddenOrBackupName(part));

    private static bool IsHiddenOrBackupName(ReadOnlySpan<char> name) => name.Length > 0 && (name[0] == '.' || name[^1] == '~');

    private static bool IsDigestName(ReadOnlySpan<char> name)
    {
        if (IsHiddenOrBackupName(name)) return false;
        foreach (var extension in Extensions)
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A file's path below the folder enumerated, with '/', after <paramref name="prefix"/>:
    /// <paramref name="directory"/> is its folder's path below that folder ("" or "/sub/dir").</summary>
    private static string KeyOf(string prefix, ReadOnlySpan<char> directory, ReadOnlySpan<char> fileName)
    {
        while (directory.Length > 0 && directory[0] is '/' or '\\') directory = directory[1..];
        return (directory.IsEmpty ? string.Concat(prefix, fileName) : string.Concat(prefix, directory, "/", fileName)).Replace('\\', '/');
    }
}

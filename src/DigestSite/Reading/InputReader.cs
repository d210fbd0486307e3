namespace DigestSite.Reading;

/// <summary>Finds and reads the digest files of a site's input folder. Reads only; never writes there.</summary>
public static class InputReader
{
    /// <summary>File kinds that hold digests; everything else in input/ is ignored.</summary>
    public static readonly IReadOnlySet<string> DigestExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md" };

    /// <summary>Digest files under <paramref name="inputDir"/>, in ordinal path order (the order collisions are
    /// resolved in). Hidden files and folders (".name") and editor backups ("name~") are skipped.</summary>
    public static IReadOnlyList<string> FindDigestFiles(string inputDir)
    {
        if (!Directory.Exists(inputDir)) return [];
        return Directory.EnumerateFiles(inputDir, "*", SearchOption.AllDirectories)
            .Where(f => DigestExtensions.Contains(Path.GetExtension(f)))
            .Where(f => !IsHiddenOrBackup(Path.GetRelativePath(inputDir, f)))
            .OrderBy(f => Path.GetRelativePath(inputDir, f).Replace('\\', '/'), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The path diagnostics and the cache name a file by: relative to the site folder, with '/'.</summary>
    public static string RelativePath(string siteDir, string fullPath) => Path.GetRelativePath(siteDir, fullPath).Replace('\\', '/');

    /// <summary>Files the build skips (the preview's watcher skips them too, so editor backups cost no rebuild).</summary>
    public static bool IsHiddenOrBackup(string relativePath) =>
        relativePath.Split('/', '\\').Any(part => part.StartsWith('.') || part.EndsWith('~'));
}

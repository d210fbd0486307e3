namespace DigestSite.Images;

/// <summary>Where a digest's local image may be: beside the digest (a relative path), then under
/// <c>input/</c>, then under <c>static/</c> (a path starting with '/' is looked for under <c>static/</c> first).
/// A path that leads out of its folder ("../../etc/passwd") is not found.</summary>
public sealed class ImageFolders(string siteDir, string inputDir, string staticDir)
{
    public string StaticDir { get; } = staticDir;

    /// <param name="digestPath">The digest's site-relative path ("input/2026/x.txt").</param>
    public string? Find(string image, string digestPath)
    {
        var path = Uri.UnescapeDataString(image.Split('?', '#')[0]).Replace('\\', '/');
        if (path.Length == 0) return null;
        IEnumerable<(string Root, string Relative)> candidates = path.StartsWith('/')
            ? [(StaticDir, path.TrimStart('/')), (inputDir, path.TrimStart('/'))]
            : [(Path.GetDirectoryName(Path.Combine(siteDir, digestPath))!, path), (inputDir, path), (StaticDir, path)];
        foreach (var (root, relative) in candidates)
        {
            var full = Path.GetFullPath(Path.Combine(root, relative));
            var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (full.StartsWith(rootFull, StringComparison.Ordinal) && File.Exists(full)) return full;
        }
        return null;
    }

    /// <summary>"input/ and static/", as the folders are named.</summary>
    public string Describe() => $"{FolderName(inputDir)}/ and {FolderName(StaticDir)}/";

    private static string FolderName(string dir) => Path.GetFileName(dir.TrimEnd('/', '\\'));
}

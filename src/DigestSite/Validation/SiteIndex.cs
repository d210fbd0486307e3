namespace DigestSite.Validation;

/// <summary>The set of files the built site will contain, so that links are checked against what will exist
/// on disk, not against what happens to be there from an earlier build.</summary>
public sealed class SiteIndex(IEnumerable<string> outputPaths, string basePath)
{
    private readonly HashSet<string> _paths = new(outputPaths, StringComparer.Ordinal);

    public string BasePath { get; } = basePath;

    public bool Exists(string path) => TryFind(path, out _);

    /// <summary>Finds the file a path names: the file itself, or for a folder link without its slash
    /// ("digests/x", which hosts redirect to "digests/x/") the folder's index.html.</summary>
    public bool TryFind(string path, out string file)
    {
        if (_paths.Contains(path))
        {
            file = path;
            return true;
        }
        var index = path.TrimEnd('/') + "/index.html";
        file = _paths.Contains(index) ? index : "";
        return file.Length > 0;
    }
}

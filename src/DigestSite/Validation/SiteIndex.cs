namespace DigestSite.Validation;

/// <summary>The set of files the built site will contain, so that links are checked against what will exist
/// on disk, not against what happens to be there from an earlier build.</summary>
public sealed class SiteIndex(IEnumerable<string> outputPaths, string basePath)
{
    private readonly HashSet<string> _paths = new(outputPaths, StringComparer.Ordinal);

    public string BasePath { get; } = basePath;

    /// <summary>True for an existing file, or a folder whose index.html exists ("x" for "x/index.html").</summary>
    public bool Exists(string path) => _paths.Contains(path) || _paths.Contains(path.TrimEnd('/') + "/index.html");
}

namespace DigestSite.Writing;

/// <summary>
/// Guards the output folder. DigestSite marks the folders it writes with a manifest file listing what it
/// wrote; it replaces or cleans only such folders (or empty ones), and never the site folder, its input or
/// theme, the file system root or the home folder.
/// </summary>
public static class OutputFolder
{
    public const string ManifestName = ".digestsite-manifest";

    /// <summary>Why <paramref name="outputDir"/> must not be written, or null when it may.</summary>
    public static string? Refusal(string outputDir, string siteDir, string inputDir, string themeDir)
    {
        if (PlaceRefusal(outputDir, siteDir, inputDir, themeDir) is { } refusal) return refusal;
        if (Directory.Exists(outputDir) && !IsOurs(outputDir) && Directory.EnumerateFileSystemEntries(outputDir).Any())
            return $"{outputDir} is not empty and was not written by DigestSite (no {ManifestName}); " +
                   "empty it or choose another --output";
        return null;
    }

    /// <summary>Why <paramref name="outputDir"/> is a place the site must never replace, whatever it holds
    /// (publish --force overrides only the "not ours" check, never this one).</summary>
    public static string? PlaceRefusal(string outputDir, string siteDir, string inputDir, string themeDir, string option = "--output")
    {
        var output = Full(outputDir);
        var forbidden = new[]
        {
            (Full(siteDir), "the site folder itself"),
            (Full(inputDir), "the input folder"),
            (Full(themeDir), "the theme folder"),
            (Full(Path.GetPathRoot(output) ?? "/"), "the root of the file system"),
            (Full(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)), "the home folder"),
        };
        foreach (var (path, what) in forbidden)
            if (path.Length > 0 && string.Equals(output, path, StringComparison.Ordinal))
                return $"refusing to write the site into {what} ({outputDir}); choose another {option}";
        for (var i = 0; i < 3; i++) // the site, input and theme folders (a loop: LINQ over tuples is compiled at run time)
            if (IsInside(output, forbidden[i].Item1))
                return $"refusing to write the site around {forbidden[i].Item2}: {outputDir} contains it";
        if (IsInside(Full(inputDir), output) || IsInside(Full(themeDir), output))
            return $"refusing to write the site inside the input or theme folder ({outputDir})";
        return null;
    }

    public static bool IsOurs(string dir) => File.Exists(Path.Combine(dir, ManifestName));

    private static bool IsInside(string parent, string child) =>
        child.StartsWith(parent.TrimEnd('/') + "/", StringComparison.Ordinal);

    private static string Full(string path) => Path.GetFullPath(path).TrimEnd('/') is { Length: > 0 } p ? p : "/";
}

namespace DigestSite.Writing;

/// <summary>
/// Guards the output folder. DigestSite marks the folders it writes with a manifest listing what it wrote
/// (<see cref="OutputManifest"/>); it writes only into such folders or empty ones, and never into a place
/// <see cref="PlaceGuard"/> protects (the site folder, its input or theme, the home folder, system folders).
/// </summary>
public static class OutputFolder
{
    public const string ManifestName = OutputManifest.FileName;

    /// <summary>Why <paramref name="outputDir"/> must not be written, or null when it may.</summary>
    public static string? Refusal(string outputDir, string siteDir, string inputDir, string themeDir)
    {
        if (PlaceRefusal(outputDir, siteDir, inputDir, themeDir) is { } refusal) return refusal;
        if (Directory.Exists(outputDir) && !IsEmpty(outputDir) && !IsOurs(outputDir))
            return OutputManifest.IsIn(outputDir)
                ? $"{outputDir} holds a {ManifestName} that was not written for this folder (copied, or by an older DigestSite) " +
                  "and files it does not list; " +
                  "empty it or choose another --output"
                : $"{outputDir} is not empty and was not written by DigestSite (no {ManifestName}); " +
                  "empty it or choose another --output";
        return null;
    }

    /// <summary>Why <paramref name="outputDir"/> is a place the site must never replace, whatever it holds
    /// (publish --force overrides only the "not ours" check, never this one).</summary>
    public static string? PlaceRefusal(string outputDir, string siteDir, string inputDir, string themeDir, string option = "--output") =>
        PlaceGuard.Refusal(outputDir, siteDir, inputDir, themeDir, option);

    /// <summary>Whether DigestSite wrote <paramref name="dir"/> (its manifest is there and was written for it).</summary>
    public static bool IsOurs(string dir) => OutputManifest.IsTrusted(dir);

    /// <summary>Empty, but for the temporary manifest of a build killed before it wrote anything.</summary>
    public static bool IsEmpty(string dir) =>
        Directory.EnumerateFileSystemEntries(dir, "*", new EnumerationOptions { AttributesToSkip = 0 })
            .All(e => OutputManifest.IsManifestName(Path.GetFileName(e)) && e.EndsWith(".tmp", StringComparison.Ordinal));
}

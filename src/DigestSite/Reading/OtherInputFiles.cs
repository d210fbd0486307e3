namespace DigestSite.Reading;

/// <summary>
/// Files in the input folder that are not digests (not .txt or .md): the input walk reports each by name as a
/// warning, so a digest saved as <c>.docx</c> or <c>.markdown</c> is not silently left out. Images and other
/// media (which digests may refer to) are not reported; hidden files and editor backups are never looked at.
/// </summary>
public static class OtherInputFiles
{
    public const string Rule = "not-a-digest";

    private static readonly HashSet<string> Media = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico", ".mp4", ".webm", ".mp3", ".pdf",
    };

    /// <summary>The warning for a file of this name that is not a digest, or null when it needs none.</summary>
    public static string? Message(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        if (Media.Contains(extension)) return null;
        return $"not a digest (only .txt and .md files are read){(extension.Length > 0 ? "" : "; give it the .txt extension to make it one")}; skipped";
    }
}

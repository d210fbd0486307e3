using DigestSite.Diagnostics;

namespace DigestSite.Reading;

/// <summary>
/// Files in the input folder that are not digests (not .txt or .md): each is reported by name as a warning, so a
/// digest saved as <c>.docx</c> or <c>.markdown</c> is not silently left out. Hidden files, editor backups and
/// images (which digests may refer to) are not reported.
/// </summary>
public static class OtherInputFiles
{
    private static readonly HashSet<string> Media = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico", ".mp4", ".webm", ".mp3", ".pdf",
    };

    public static IReadOnlyList<Diagnostic> Find(string inputDir, string siteDir)
    {
        if (!Directory.Exists(inputDir)) return [];
        var found = new List<Diagnostic>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        foreach (var file in Directory.EnumerateFiles(inputDir, "*", options))
        {
            var relative = InputReader.RelativePath(siteDir, file);
            if (InputReader.IsHiddenOrBackup(Path.GetRelativePath(inputDir, file))) continue;
            var extension = Path.GetExtension(file);
            if (InputReader.DigestExtensions.Contains(extension) || Media.Contains(extension)) continue;
            found.Add(Diagnostic.Warning(relative, 0,
                $"not a digest (only .txt and .md files are read){(extension.Length > 0 ? "" : "; give it the .txt extension to make it one")}; skipped",
                "not-a-digest"));
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return found;
    }
}

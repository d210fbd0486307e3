using DigestSite.Configuration;

namespace DigestSite.Scaffolding;

/// <summary>
/// <c>digestsite new site DIR</c>: a folder that builds at once — a commented <c>statiq.yml</c>, an
/// <c>input/</c> folder with one example digest, a GitHub Actions workflow that publishes it to GitHub Pages
/// (<see cref="DeployFiles"/>) and a <c>.gitignore</c>. The theme is not copied: the built-in one is used until
/// the site adds its own templates under <c>theme/</c>.
/// </summary>
public static class SiteScaffolder
{
    /// <summary>Entries that may already be in the folder: a repository made first with <c>git init</c> is
    /// still an empty site.</summary>
    private static readonly HashSet<string> Ignorable = new(StringComparer.Ordinal) { ".git" };

    public static ScaffoldResult CreateSite(string dir, DateOnly today)
    {
        var full = Path.GetFullPath(dir);
        if (File.Exists(full))
            return ScaffoldResult.Refused($"'{dir}' is a file; give the path of a new or empty folder");
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any(e => !Ignorable.Contains(Path.GetFileName(e))))
            return ScaffoldResult.Refused($"'{dir}' is not empty; give the path of a new or empty folder (nothing was written)");

        if (FileOnTheWay(full) is { } file)
            return ScaffoldResult.Refused($"'{dir}' cannot be made: '{file}' is a file, not a folder");

        var config = Path.Combine(full, ConfigLoader.FileName);
        var example = Path.Combine(full, "input", $"{today:yyyy-MM-dd}-welcome-to-your-digest-site.txt");
        var workflow = Path.Combine(full, DeployFiles.WorkflowPath);
        var ignore = Path.Combine(full, ".gitignore");
        var staticKeep = Path.Combine(full, "static", ".gitkeep");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(example)!);
            Directory.CreateDirectory(Path.GetDirectoryName(workflow)!);
            WriteNew(config, StarterFiles.Config);
            WriteNew(example, StarterFiles.ExampleDigest(today));
            WriteNew(workflow, DeployFiles.Workflow);
            WriteNew(ignore, DeployFiles.GitIgnore);
            // static/ is copied to the site as it is: images, a favicon, files to download.
            Directory.CreateDirectory(Path.GetDirectoryName(staticKeep)!);
            WriteNew(staticKeep, "");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ScaffoldResult.Refused($"'{dir}' could not be written: {e.Message}");
        }
        return new ScaffoldResult([config, example, workflow, ignore, staticKeep]);
    }

    /// <summary>The nearest existing ancestor of <paramref name="full"/> when it is a file (no folder can be made
    /// below it), else null.</summary>
    private static string? FileOnTheWay(string full)
    {
        for (var at = Path.GetDirectoryName(full); at is not null; at = Path.GetDirectoryName(at))
        {
            if (Directory.Exists(at)) return null;
            if (File.Exists(at)) return at;
        }
        return null;
    }

    /// <summary>Writes a file that must not exist yet (<see cref="FileMode.CreateNew"/>), so that a file made
    /// meanwhile by someone else is never overwritten.</summary>
    internal static void WriteNew(string path, string text)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(text.ReplaceLineEndings("\n"));
    }
}

using DigestSite.Files;

namespace DigestSite.Writing;

/// <summary>
/// The one guard on where a site may be written or published. Every path is compared in its real form (links
/// of the part that exists followed, <see cref="RealPath"/>), so a link never makes a protected folder look like
/// another. A destination is refused when it is a protected folder or contains one (replacing it would delete
/// the protected one too), and when it lies inside the site's input or theme.
/// </summary>
public static class PlaceGuard
{
    /// <summary>Folders of the system that no site may replace or contain (those missing on a machine are
    /// skipped). A destination inside one of them (/var/www/html, /srv/news) is fine.</summary>
    private static readonly string[] SystemFolders =
    [
        "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/media", "/mnt", "/opt", "/proc",
        "/root", "/run", "/sbin", "/snap", "/srv", "/sys", "/tmp", "/usr", "/var", "/var/www",
        "/Applications", "/Library", "/System", "/Users", "/Volumes", "/private", "/private/tmp", "/private/var",
    ];

    /// <summary>Why <paramref name="destination"/> must never be replaced or written by this site, or null.</summary>
    /// <param name="option">The option that named it, for the message (<c>--output</c>, <c>--to</c>).</param>
    public static string? Refusal(string destination, string siteDir, string inputDir, string themeDir, string option)
    {
        string real;
        try
        {
            real = RealPath.Resolve(destination);
        }
        catch (IOException e)
        {
            return $"refusing to write the site into {destination}: {e.Message}; choose another {option}";
        }
        var site = Real(siteDir);
        var input = Real(inputDir);
        var theme = Real(themeDir);
        foreach (var (folder, what) in Protected(site, input, theme))
        {
            if (real == folder)
                return $"refusing to write the site into {what} ({destination}{Shown(destination, real)}); choose another {option}";
            if (RealPath.IsSameOrInside(folder, real))
                return $"refusing to write the site around {what}: {destination}{Shown(destination, real)} contains {folder}; choose another {option}";
        }
        if (input is not null && RealPath.IsSameOrInside(real, input) || theme is not null && RealPath.IsSameOrInside(real, theme))
            return $"refusing to write the site inside the input or theme folder ({destination}); choose another {option}";
        return null;
    }

    /// <summary>The folders a destination may neither be nor contain, each with what to call it.</summary>
    private static IEnumerable<(string Folder, string What)> Protected(string? site, string? input, string? theme)
    {
        if (site is not null) yield return (site, "the site folder itself");
        if (input is not null) yield return (input, "the input folder");
        if (theme is not null) yield return (theme, "the theme folder");
        yield return ("/", "the root of the file system");
        if (Real(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)) is { } home) yield return (home, "the home folder");
        if (Real(Directory.GetCurrentDirectory()) is { } cwd) yield return (cwd, "the current folder");
        if (Real(Path.GetTempPath()) is { } temp) yield return (temp, "the temporary folder");
        foreach (var folder in SystemFolders)
            if (Directory.Exists(folder) && Real(folder) is { } system) yield return (system, "a system folder");
        foreach (var special in new[] { Environment.SpecialFolder.Windows, Environment.SpecialFolder.ProgramFiles, Environment.SpecialFolder.System })
            if (Environment.GetFolderPath(special) is { Length: > 0 } path && Real(path) is { } windows) yield return (windows, "a system folder");
    }

    /// <summary>" (really …)" when links made the path another one.</summary>
    private static string Shown(string given, string real) =>
        Path.GetFullPath(given).TrimEnd('/') is var full && (full == real || full.Length == 0 && real == "/") ? "" : $", really {real}";

    private static string? Real(string path)
    {
        if (path.Length == 0) return null;
        try
        {
            return RealPath.Resolve(path);
        }
        catch (IOException)
        {
            return null;
        }
    }
}

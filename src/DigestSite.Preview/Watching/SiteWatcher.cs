using DigestSite.Configuration;
using DigestSite.Reading;
using DigestSite.Site;

namespace DigestSite.Preview.Watching;

/// <summary>
/// Watches what a build reads: the input and theme folders (recursively; the theme's assets are in it), the
/// site's <c>static/</c> folder (copied to the site as it is) and statiq.yml. The input and theme folders come
/// from statiq.yml, so <see cref="Refresh"/> (called before every build) follows a change of <c>paths</c> and
/// starts watching a folder that did not exist before. Hidden files and editor backups (".x.swp", "x~") are
/// ignored, as the build ignores them.
/// </summary>
public sealed class SiteWatcher(string siteDir, Action changed) : IDisposable
{
    private readonly object _sync = new();
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(StringComparer.Ordinal);
    private FileSystemWatcher? _siteRoot;
    private string[] _topNames = [];
    private bool _disposed;

    public void Refresh()
    {
        var (input, theme) = WatchedFolders();
        var statics = Path.Combine(siteDir, StaticFiles.Folder);
        lock (_sync)
        {
            if (_disposed) return;
            _siteRoot ??= Start(siteDir, recursive: false);
            _topNames = [ConfigLoader.FileName, TopName(input), TopName(theme), StaticFiles.Folder];
            var wanted = new[] { input, theme, statics }.Where(Directory.Exists).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in _folders.Keys.Where(k => !wanted.Contains(k)).ToList())
            {
                _folders[gone].Dispose();
                _folders.Remove(gone);
            }
            foreach (var folder in wanted.Where(f => !_folders.ContainsKey(f)))
                _folders[folder] = Start(folder, recursive: true);
        }
    }

    private (string Input, string Theme) WatchedFolders()
    {
        SiteConfig config;
        try
        {
            config = ConfigLoader.LoadFromSite(siteDir, out _);
        }
        catch (ConfigException)
        {
            config = SiteConfig.Default; // a broken statiq.yml still has its own watcher; defaults meanwhile
        }
        return (Path.GetFullPath(Path.Combine(siteDir, config.Paths.Input)), Path.GetFullPath(Path.Combine(siteDir, config.Paths.Theme)));
    }

    private string TopName(string folder) =>
        Path.GetRelativePath(siteDir, folder).Split(Path.DirectorySeparatorChar)[0];

    private FileSystemWatcher Start(string folder, bool recursive)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        Func<string?, bool> relevant = recursive ? IsSiteFile : IsWatchedTopName;
        FileSystemEventHandler onEvent = (_, e) => { if (relevant(e.Name)) changed(); };
        watcher.Created += onEvent;
        watcher.Changed += onEvent;
        watcher.Deleted += onEvent;
        watcher.Renamed += (_, e) => { if (relevant(e.OldName) || relevant(e.Name)) changed(); };
        // Too many events at once (the kernel's queue overflowed): some were lost, so build anyway.
        watcher.Error += (_, _) => changed();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private bool IsWatchedTopName(string? name)
    {
        lock (_sync) return name is not null && _topNames.Contains(name, StringComparer.Ordinal);
    }

    private static bool IsSiteFile(string? relativePath) =>
        relativePath is not null && !InputReader.IsHiddenOrBackup(relativePath);

    public void Dispose()
    {
        lock (_sync)
        {
            _disposed = true;
            _siteRoot?.Dispose();
            foreach (var w in _folders.Values) w.Dispose();
            _folders.Clear();
        }
    }
}

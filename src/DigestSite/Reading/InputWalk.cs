using DigestSite.Diagnostics;
using DigestSite.Files;

namespace DigestSite.Reading;

/// <summary>
/// Walks an input folder for digest files without being led astray by what is in it: special files (FIFOs,
/// devices, sockets), which block or never end when read, are skipped; a symbolic link is followed only when it
/// leads to a file or folder inside the site, and a folder is read once whatever number of links lead to it (so
/// a link back up, <c>self -> .</c>, is no loop). What is skipped, but for hidden and backup names, gets a
/// warning naming it. The real folders are walked first and links to folders after, in path order, so which
/// name a folder is read by does not depend on the order the system lists it in.
/// </summary>
internal sealed class InputWalk
{
    private readonly string _siteReal;
    private readonly Action<Diagnostic>? _warn;
    private readonly Func<string, bool> _isDigestName;
    private readonly Func<string, bool> _isHiddenOrBackup;
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly PriorityQueue<(string FullPath, string Key, string Real), string> _links = new(StringComparer.Ordinal);
    private readonly List<WalkedFile> _files = [];

    private InputWalk(string siteReal, Action<Diagnostic>? warn, Func<string, bool> isDigestName, Func<string, bool> isHiddenOrBackup)
    {
        _siteReal = siteReal;
        _warn = warn;
        _isDigestName = isDigestName;
        _isHiddenOrBackup = isHiddenOrBackup;
    }

    /// <summary>A digest file found: its key (path from the site folder, with '/'), the path to read it by (a
    /// link's own path for a linked file), its size and last-write time.</summary>
    public readonly record struct WalkedFile(string Key, string FullPath, long Size, long ModifiedTicks);

    /// <param name="prefix">Put before each file's key: the input folder's path from the site folder, with '/'.</param>
    public static List<WalkedFile> Run(string inputDir, string siteDir, string prefix, Action<Diagnostic>? warn,
        Func<string, bool> isDigestName, Func<string, bool> isHiddenOrBackup)
    {
        var walk = new InputWalk(RealPath.Resolve(siteDir), warn, isDigestName, isHiddenOrBackup);
        walk.Folder(inputDir, prefix, RealPath.Resolve(inputDir));
        while (walk._links.TryDequeue(out var link, out _)) walk.LinkedFolder(link.FullPath, link.Key, link.Real);
        return walk._files;
    }

    private void Folder(string fullPath, string keyPrefix, string real)
    {
        if (!_visited.Add(real)) return;
        List<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(fullPath, "*", new EnumerationOptions { AttributesToSkip = 0 }).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Warn(keyPrefix.TrimEnd('/'), $"could not be read ({e.Message}); skipped");
            return;
        }
        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (_isHiddenOrBackup(name)) continue;
            var key = keyPrefix + name;
            var info = FileKind.Of(entry);
            switch (info.Kind)
            {
                case EntryKind.Directory:
                    Folder(entry, key + "/", real == "/" ? "/" + name : real + "/" + name);
                    break;
                case EntryKind.Regular when _isDigestName(name):
                    _files.Add(new WalkedFile(key, entry, info.Size, info.ModifiedTicks));
                    break;
                case EntryKind.Regular when OtherInputFiles.Message(name) is { } notADigest:
                    _warn?.Invoke(Diagnostic.Warning(key, 0, notADigest, OtherInputFiles.Rule));
                    break;
                case EntryKind.SymbolicLink:
                    Link(entry, key, name);
                    break;
                case EntryKind.Other when _isDigestName(name):
                    Warn(key, "is not a regular file (a FIFO, device or socket); skipped");
                    break;
            }
        }
    }

    private void Link(string fullPath, string key, string name)
    {
        var target = FileKind.Of(fullPath, followLinks: true);
        if (!target.Exists)
        {
            Warn(key, "is a symbolic link that leads nowhere (its target is missing, or links loop); skipped");
            return;
        }
        string real;
        try
        {
            real = RealPath.Resolve(fullPath);
        }
        catch (IOException)
        {
            Warn(key, "is a symbolic link in a loop; skipped");
            return;
        }
        var isFolder = target.Kind == EntryKind.Directory;
        if (!isFolder && !_isDigestName(name)) return; // not a digest: never read
        if (!RealPath.IsSameOrInside(real, _siteReal))
        {
            Warn(key, $"is a symbolic link to {real}, outside the site; skipped (only files inside the site are read)");
            return;
        }
        switch (target.Kind)
        {
            case EntryKind.Directory:
                _links.Enqueue((fullPath, key + "/", real), key);
                break;
            case EntryKind.Regular:
                _files.Add(new WalkedFile(key, fullPath, target.Size, target.ModifiedTicks));
                break;
            default:
                Warn(key, $"is a symbolic link to {real}, which is not a regular file (a FIFO, device or socket); skipped");
                break;
        }
    }

    /// <summary>A folder reached through a link, once the real folders are walked: read unless it is one already
    /// read, inside one, or around one (a link up to a folder above, which would read everything again).</summary>
    private void LinkedFolder(string fullPath, string keyPrefix, string real)
    {
        foreach (var visited in _visited)
        {
            if (RealPath.IsSameOrInside(real, visited) || RealPath.IsSameOrInside(visited, real))
            {
                Warn(keyPrefix.TrimEnd('/'), $"is a symbolic link to a folder already read ({real}); skipped, so that no digest is read twice and links cannot loop");
                return;
            }
        }
        Folder(fullPath, keyPrefix, real);
    }

    private void Warn(string key, string message) => _warn?.Invoke(Diagnostic.Warning(key, 0, message, "input-file"));
}

using DigestSite.Configuration;
using DigestSite.Files;

namespace DigestSite.Writing;

/// <summary>A symbolic link found in the output folder where a file or folder goes (its path there, with '/',
/// and where it pointed), removed so that nothing is written through it.</summary>
public sealed record ReplacedLink(string Path, string? Target);

/// <summary>
/// File operations inside an output folder that never go through a link: a folder on the way to a file is made
/// a real folder (a link planted in its place is removed, the link only, never what it points to), and a file
/// that is not a plain file of its own (a link, a special file, a hard link shared with another name) is
/// replaced by a rename rather than written into. Paths are relative to the output folder, with '/'.
/// </summary>
internal sealed class SafeOutput(string outputDir)
{
    /// <summary>The suffix of a file being written before it is renamed into place.</summary>
    public const string TempSuffix = ".digestsite-tmp";

    private readonly Dictionary<string, bool> _realFolders = new(StringComparer.Ordinal) { [""] = true };
    private readonly List<ReplacedLink> _replacedLinks = [];

    /// <summary>Links this build found in its way and removed (reported as warnings).</summary>
    public IReadOnlyList<ReplacedLink> ReplacedLinks => _replacedLinks;

    /// <summary>Forgets what is known of <paramref name="folder"/> (just deleted).</summary>
    public void Forget(string folder) => _realFolders.Remove(folder);

    /// <summary>Makes <paramref name="folder"/> and the folders above it real folders.</summary>
    public void MakeFolder(string folder)
    {
        if (_realFolders.TryGetValue(folder, out var known) && known) return;
        var parent = Path.GetDirectoryName(folder)?.Replace('\\', '/') ?? "";
        MakeFolder(parent);
        var full = Path.Combine(outputDir, folder);
        switch (FileKind.Of(full).Kind)
        {
            case EntryKind.Directory:
                break;
            case EntryKind.Missing:
                Directory.CreateDirectory(full);
                break;
            case EntryKind.SymbolicLink:
                _replacedLinks.Add(new ReplacedLink(folder, new FileInfo(full).LinkTarget));
                File.Delete(full);
                Directory.CreateDirectory(full);
                break;
            default:
                throw new ConfigException(full, 0, $"{full} is a file where DigestSite writes a folder; move it away and build again");
        }
        _realFolders[folder] = true;
    }

    /// <summary>Whether every folder from the output folder down to <paramref name="folder"/> is a real one (so
    /// deleting a file there deletes it in the output folder, not elsewhere).</summary>
    public bool IsRealFolder(string folder)
    {
        if (_realFolders.TryGetValue(folder, out var real)) return real;
        var parent = Path.GetDirectoryName(folder)?.Replace('\\', '/') ?? "";
        real = IsRealFolder(parent) && FileKind.Of(Path.Combine(outputDir, folder)).Kind == EntryKind.Directory;
        _realFolders[folder] = real;
        return real;
    }

    /// <summary>What is at <paramref name="fullPath"/>: whether it is a plain file of its own, with its size.</summary>
    public static bool IsPlainFile(string fullPath, out EntryInfo info)
    {
        info = FileKind.Of(fullPath);
        return info.Kind == EntryKind.Regular && info.Links <= 1;
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="fullPath"/>: in place when it is missing or a
    /// plain file (<paramref name="inPlace"/>), else into a temporary file renamed over whatever is there.</summary>
    public void Write(string fullPath, ReadOnlySpan<byte> bytes, bool inPlace)
    {
        if (inPlace)
        {
            WriteBytes(fullPath, bytes, FileMode.Create);
            return;
        }
        if (FileKind.Of(fullPath).Kind == EntryKind.SymbolicLink)
        {
            // Removed first: a rename onto a link to a folder is refused.
            lock (_replacedLinks) _replacedLinks.Add(new ReplacedLink(Path.GetRelativePath(outputDir, fullPath).Replace('\\', '/'), new FileInfo(fullPath).LinkTarget));
            File.Delete(fullPath);
        }
        var temp = fullPath + TempSuffix;
        if (FileKind.Of(temp).Exists) File.Delete(temp);
        WriteBytes(temp, bytes, FileMode.CreateNew);
        File.Move(temp, fullPath, overwrite: true);
    }

    /// <summary>Open, write, close: File.WriteAllBytes also pre-allocates and seeks, two more system calls a file.</summary>
    private static void WriteBytes(string path, ReadOnlySpan<byte> bytes, FileMode mode)
    {
        using var handle = File.OpenHandle(path, mode, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
    }
}

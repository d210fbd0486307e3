using System.Text;
using DigestSite.Files;

namespace DigestSite.Writing;

/// <summary>
/// The list of files DigestSite wrote into an output folder, kept in the folder as <c>.digestsite-manifest</c>:
/// a header line, then one path a line. The header binds the list to the folder it was written for (the
/// folder's device and inode, which survive a rename or a publish's swap but not a copy; its real path where
/// the system gives no inode) and says whether the build that wrote it finished. A build writes the list
/// before its first file, with every path it may write (<c>writing</c>), and again once done (<c>complete</c>);
/// each time through a temporary file renamed over the old one, so the list on disk is always whole and names
/// every file a build (finished or killed) may have left there.
/// </summary>
public sealed record OutputManifest(IReadOnlyCollection<string> Paths, bool Complete)
{
    public const string FileName = ".digestsite-manifest";
    private const string HeaderStart = "# digestsite manifest 2 ";
    private const string TempMark = ".digestsite-manifest.";

    /// <summary>The manifest of <paramref name="dir"/> when it is one DigestSite wrote for this very folder, or
    /// for another one that the folder is a whole copy of (every file in it listed: a restored backup, a
    /// copied site); null when there is none or it is not to be trusted.</summary>
    public static OutputManifest? ReadTrusted(string dir)
    {
        var path = Path.Combine(dir, FileName);
        if (FileKind.Of(path).Kind != EntryKind.Regular) return null;
        var lines = CompleteLines(path);
        var header = lines.Length > 0 ? Header(lines[0]) : null;
        var paths = lines.Skip(header is null ? 0 : 1).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        if (header is var (binding, complete) && binding == Binding(dir)) return new OutputManifest(paths, complete);
        // A list without a header (an older DigestSite) or written for another folder is trusted only when the
        // folder holds nothing else: then deleting or replacing what it lists loses nothing that was not ours.
        var listed = paths.ToHashSet(StringComparer.Ordinal);
        return HoldsOnly(dir, "", listed) ? new OutputManifest(listed, Complete: false) : null;
    }

    /// <summary>Whether <see cref="ReadTrusted"/> would trust the manifest of <paramref name="dir"/>, reading only
    /// its first line when that binds it to this folder (most builds).</summary>
    public static bool IsTrusted(string dir)
    {
        var path = Path.Combine(dir, FileName);
        if (FileKind.Of(path).Kind != EntryKind.Regular) return false;
        if (File.ReadLines(path).FirstOrDefault() is { } first && Header(first) is var (binding, _) && binding == Binding(dir)) return true;
        return ReadTrusted(dir) is not null;
    }

    /// <summary>Whether a manifest (trusted or not) is in <paramref name="dir"/>.</summary>
    public static bool IsIn(string dir) => FileKind.Of(Path.Combine(dir, FileName)).Exists;

    /// <summary>Writes the list for <paramref name="dir"/> whole, in place of the last one.</summary>
    public void Write(string dir)
    {
        var text = new StringBuilder();
        text.Append(HeaderStart).Append(Complete ? "complete " : "writing ").Append(Binding(dir)).Append('\n');
        foreach (var path in Paths.Order(StringComparer.Ordinal)) text.Append(path).Append('\n');
        var temp = Path.Combine(dir, $"{TempMark}{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, text.ToString());
        File.Move(temp, Path.Combine(dir, FileName), overwrite: true);
    }

    /// <summary>Adds one path to the list of <paramref name="dir"/>, which must be in its "writing" state.</summary>
    public static void Append(string dir, string path) =>
        File.AppendAllText(Path.Combine(dir, FileName), path + "\n");

    /// <summary>The manifest's lines that end in a line break: a line cut short by a killed
    /// <see cref="Append"/> is not a path.</summary>
    private static string[] CompleteLines(string path)
    {
        var text = File.ReadAllText(path);
        var end = text.LastIndexOf('\n');
        return end < 0 ? [] : text[..end].Split('\n');
    }

    /// <summary>Whether <paramref name="name"/> is a manifest or a temporary one (bookkeeping, not content).</summary>
    public static bool IsManifestName(string name) => name == FileName || IsTempName(name);

    private static bool IsTempName(string name) => name.StartsWith(TempMark, StringComparison.Ordinal) && name.EndsWith(".tmp", StringComparison.Ordinal);

    /// <summary>Deletes temporary manifests that no running DigestSite is writing (left by a killed build).</summary>
    public static void RemoveStaleTemps(string dir)
    {
        if (!Directory.Exists(dir)) return;
        foreach (var file in Directory.EnumerateFiles(dir, TempMark + "*", new EnumerationOptions { AttributesToSkip = 0 }))
        {
            var parts = Path.GetFileName(file).Split('.');
            // .digestsite-manifest.<pid>.<id>.tmp
            if (parts.Length == 5 && int.TryParse(parts[2], out var pid) && OwnerProcess.IsGone(pid, File.GetLastWriteTimeUtc(file)))
                TryDelete(file);
        }
    }

    /// <summary>What binds a list to its folder: the folder's device and inode, else its real path.</summary>
    private static string Binding(string dir) => FileKind.Of(dir, followLinks: true).Identity is { } id ? "inode=" + id : "path=" + RealPath.Resolve(dir);

    private static (string Binding, bool Complete)? Header(string line)
    {
        if (!line.StartsWith(HeaderStart, StringComparison.Ordinal)) return null;
        var fields = line[HeaderStart.Length..].Split(' ', 2);
        return fields.Length == 2 && fields[0] is "complete" or "writing" ? (fields[1], fields[0] == "complete") : null;
    }

    /// <summary>Whether every file under <paramref name="dir"/> is listed or is bookkeeping (links and special
    /// files are never ours).</summary>
    private static bool HoldsOnly(string dir, string prefix, HashSet<string> listed)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(dir, "*", new EnumerationOptions { AttributesToSkip = 0 }))
        {
            var name = Path.GetFileName(entry);
            var kind = FileKind.Of(entry).Kind;
            if (kind == EntryKind.Directory)
            {
                if (!HoldsOnly(entry, prefix + name + "/", listed)) return false;
                continue;
            }
            var bookkeeping = (prefix.Length == 0 && IsManifestName(name)) || name.EndsWith(SafeOutput.TempSuffix, StringComparison.Ordinal);
            if (kind != EntryKind.Regular || !(listed.Contains(prefix + name) || bookkeeping)) return false;
        }
        return true;
    }

    private static void TryDelete(string file)
    {
        try { File.Delete(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* another build's, or not ours to delete */ }
    }
}

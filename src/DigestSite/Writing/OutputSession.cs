using DigestSite.Site;

namespace DigestSite.Writing;

/// <summary>
/// One build's writes into its output folder, in the order that lets a killed build be recovered: the folder's
/// manifest first lists every file this build may write (with those an earlier build left), then files are
/// written, then stale files are removed and the manifest is cut down to what this build made. The next build
/// after a kill reads a manifest naming every file the killed one may have written, removes the ones it does
/// not make again, and sweeps up temporary files. Writes never go through links (<see cref="SafeOutput"/>).
/// </summary>
internal sealed class OutputSession
{
    private readonly string _outputDir;
    private readonly SafeOutput _safe;
    private readonly HashSet<string> _owned;
    private readonly object _gate = new();
    private bool _writingMarked;
    private readonly bool _wasComplete;

    private OutputSession(string outputDir, bool fresh, HashSet<string> owned, bool wasComplete)
    {
        _outputDir = outputDir;
        _safe = new SafeOutput(outputDir);
        Fresh = fresh;
        _owned = owned;
        _wasComplete = wasComplete;
    }

    /// <summary>The folder did not exist: nothing in it can be unchanged, or be anything but what this build
    /// writes, so files are written without looking first.</summary>
    public bool Fresh { get; }

    /// <summary>Links found where files or folders go, removed (see <see cref="SafeOutput.ReplacedLinks"/>).</summary>
    public IReadOnlyList<ReplacedLink> ReplacedLinks => _safe.ReplacedLinks;

    /// <summary>Makes the output folder (with <paramref name="clean"/>, first removing every file the last
    /// build wrote), and records in its manifest that this build may write <paramref name="planned"/>.</summary>
    public static OutputSession Open(string outputDir, IEnumerable<string> planned, bool clean)
    {
        var fresh = !Directory.Exists(outputDir);
        Directory.CreateDirectory(outputDir);
        OutputManifest.RemoveStaleTemps(outputDir);
        var previous = fresh ? null : OutputManifest.ReadTrusted(outputDir);
        var owned = new HashSet<string>(previous?.Paths ?? [], StringComparer.Ordinal);
        var session = new OutputSession(outputDir, fresh, owned, previous?.Complete ?? fresh);
        if (previous is { Complete: false }) session.SweepTemporaryFiles();
        if (clean) session.RemoveAll();
        var before = owned.Count;
        owned.UnionWith(planned);
        // The list only grows here: a manifest that already names every planned file (most rebuilds) need not be
        // written now; one is written before the first file that is not in it.
        if (fresh || owned.Count != before || previous is null || clean) session.MarkWriting();
        return session;
    }

    /// <summary>Makes the folder <paramref name="file"/> goes into (each folder once). A reused page is the file
    /// already there: its folder exists.</summary>
    public void MakeFolder(OutputFile file)
    {
        if (file.IsReused || Path.GetDirectoryName(file.Path) is not { Length: > 0 } folder) return;
        if (Fresh) Directory.CreateDirectory(Path.Combine(_outputDir, folder));
        else _safe.MakeFolder(folder.Replace('\\', '/'));
    }

    /// <summary>Writes one file unless the folder already holds its bytes; false when it was left as it was.</summary>
    public bool Put(OutputFile file)
    {
        if (file.IsReused) return false;
        lock (_gate)
        {
            // A file the plan did not name (the search index's files are named by their content) is listed before
            // it is written: the first by writing the whole list in its "writing" state, the next ones by adding a
            // line each, so that listing them costs no more than writing them.
            if (_owned.Add(file.Path))
            {
                if (_writingMarked) OutputManifest.Append(_outputDir, file.Path);
                else MarkWritingLocked();
            }
        }
        var full = Path.Combine(_outputDir, file.Path);
        if (Fresh)
        {
            _safe.Write(full, file.Content, inPlace: true);
            return true;
        }
        var plain = SafeOutput.IsPlainFile(full, out var info);
        if (plain && SameBytes(full, file.Content)) return false;
        if (!plain && info.Exists) MarkWriting(); // a temporary file may be left should the build be killed
        _safe.Write(full, file.Content, inPlace: plain || !info.Exists);
        return true;
    }

    /// <summary>Once every file is written: removes what the manifest names that this build did not make, and
    /// writes the manifest of what it made. Returns how many files were removed.</summary>
    public int Close(IReadOnlyList<OutputFile> files)
    {
        var current = new HashSet<string>(files.Count, StringComparer.Ordinal);
        foreach (var file in files) current.Add(file.Path);
        var removed = 0;
        foreach (var stale in _owned.Where(p => !current.Contains(p)).Order(StringComparer.Ordinal).ToList())
            if (RemoveFile(stale)) removed++;
        if (_writingMarked || !_wasComplete || !_owned.SetEquals(current))
            new OutputManifest(current, Complete: true).Write(_outputDir);
        return removed;
    }

    /// <summary>Removes every file the manifest names (for <c>--clean</c>), leaving what DigestSite did not write.</summary>
    public void RemoveAll()
    {
        foreach (var path in _owned.Order(StringComparer.Ordinal).ToList()) RemoveFile(path);
        _owned.Clear();
        MarkWriting();
    }

    /// <summary>Removes every file the trusted manifest of <paramref name="outputDir"/> names, then the manifest
    /// (the preview's folder when it stops); a folder DigestSite did not write is left as it is.</summary>
    public static void Clean(string outputDir)
    {
        if (!Directory.Exists(outputDir) || OutputManifest.ReadTrusted(outputDir) is not { } manifest) return;
        var session = new OutputSession(outputDir, fresh: false, manifest.Paths.ToHashSet(StringComparer.Ordinal), wasComplete: false);
        foreach (var path in manifest.Paths.Order(StringComparer.Ordinal)) session.RemoveFile(path);
        File.Delete(Path.Combine(outputDir, OutputManifest.FileName));
    }

    private void MarkWriting()
    {
        lock (_gate) MarkWritingLocked();
    }

    private void MarkWritingLocked()
    {
        new OutputManifest(_owned.ToList(), Complete: false).Write(_outputDir);
        _writingMarked = true;
    }

    /// <summary>Deletes a file the manifest names, when it is reached through real folders only, and the folders
    /// it leaves empty. False when there was nothing to delete.</summary>
    private bool RemoveFile(string path)
    {
        if (!IsSafeRelative(path)) return false;
        var folder = Path.GetDirectoryName(path)?.Replace('\\', '/') ?? "";
        if (!_safe.IsRealFolder(folder)) return false;
        var full = Path.Combine(_outputDir, path);
        var kind = Files.FileKind.Of(full).Kind;
        if (kind is Files.EntryKind.Missing or Files.EntryKind.Directory) return false;
        File.Delete(full);
        RemoveEmptyFolders(folder);
        return true;
    }

    private void RemoveEmptyFolders(string folder)
    {
        while (folder.Length > 0)
        {
            var full = Path.Combine(_outputDir, folder);
            if (!Directory.Exists(full) || Directory.EnumerateFileSystemEntries(full).Any()) return;
            Directory.Delete(full);
            _safe.Forget(folder);
            folder = Path.GetDirectoryName(folder)?.Replace('\\', '/') ?? "";
        }
    }

    /// <summary>After a build that did not finish: deletes the temporary files it may have left in real folders.</summary>
    private void SweepTemporaryFiles()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        foreach (var temp in Directory.EnumerateFiles(_outputDir, "*" + SafeOutput.TempSuffix, options).ToList())
        {
            var relative = Path.GetRelativePath(_outputDir, temp).Replace('\\', '/');
            if (_safe.IsRealFolder(Path.GetDirectoryName(relative)?.Replace('\\', '/') ?? "")) File.Delete(temp);
        }
    }

    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != bytes.Length) return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static bool IsSafeRelative(string p) => p.Length > 0 && !p.StartsWith('/') && !p.Split('/').Contains("..");
}

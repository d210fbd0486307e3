using DigestSite.Site;

namespace DigestSite.Writing;

/// <summary>What the write stage did.</summary>
public sealed record WriteResult(int Written, int Unchanged, int Removed);

/// <summary>
/// The write stage: writes each file whose bytes differ from what is on disk (unchanged files keep their
/// timestamps, which servers and rsync like), removes files an earlier build wrote that this build no longer
/// makes, and records the new list in the manifest.
/// </summary>
public static class OutputWriter
{
    public static WriteResult Write(string outputDir, IReadOnlyList<OutputFile> files)
    {
        var (fresh, previousLines) = Open(outputDir);

        // Every folder before the parallel writes.
        var made = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files) MakeFolder(outputDir, file, made);

        var written = 0;
        var unchanged = 0;
        Parallel.ForEach(files, file =>
        {
            if (Put(outputDir, file, fresh)) Interlocked.Increment(ref written);
            else Interlocked.Increment(ref unchanged);
        });
        return new WriteResult(written, unchanged, Close(outputDir, previousLines, files));
    }

    /// <summary>Makes the output folder, and reads the list of files the last build wrote into it. Into a new folder
    /// (<c>Fresh</c>) nothing can be unchanged: no need to look for each file before writing it.</summary>
    internal static (bool Fresh, string[] PreviousLines) Open(string outputDir)
    {
        var fresh = !Directory.Exists(outputDir);
        Directory.CreateDirectory(outputDir);
        var manifestPath = Path.Combine(outputDir, OutputFolder.ManifestName);
        return (fresh, File.Exists(manifestPath) ? File.ReadAllLines(manifestPath) : []);
    }

    /// <summary>Makes the folder of <paramref name="file"/>, unless it is in <paramref name="made"/> (each folder once:
    /// thousands of pages share a few hundred). A reused page is the file already there: its folder exists (in a
    /// rebuild, nearly every folder is so).</summary>
    internal static void MakeFolder(string outputDir, OutputFile file, HashSet<string> made)
    {
        if (!file.IsReused && Path.GetDirectoryName(file.Path) is { Length: > 0 } folder && made.Add(folder))
            Directory.CreateDirectory(Path.Combine(outputDir, folder));
    }

    /// <summary>Writes one file unless the folder already holds its bytes (its folder must exist); false when it
    /// was left as it was.</summary>
    internal static bool Put(string outputDir, OutputFile file, bool fresh)
    {
        var full = Path.Combine(outputDir, file.Path);
        // A reused page is the file already there (the build cache checked its size and time).
        if (file.IsReused || (!fresh && SameBytes(full, file.Content))) return false;
        WriteBytes(full, file.Content);
        return true;
    }

    /// <summary>Once every file is written: removes the files an earlier build wrote that this build no longer
    /// makes, and records the new list in the manifest. Returns how many were removed.</summary>
    internal static int Close(string outputDir, string[] previousLines, IReadOnlyList<OutputFile> files)
    {
        var previous = previousLines.Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        var current = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var stale in previous.Where(p => !current.Contains(p) && IsSafeRelative(p)))
        {
            var full = Path.Combine(outputDir, stale);
            if (!File.Exists(full)) continue;
            File.Delete(full);
            removed++;
            RemoveEmptyParents(Path.GetDirectoryName(full)!, outputDir);
        }

        // The list is the same whenever no file came or went (most rebuilds): then it is not written again.
        var manifest = current.Order(StringComparer.Ordinal).ToArray();
        if (!manifest.AsSpan().SequenceEqual(previousLines)) File.WriteAllLines(Path.Combine(outputDir, OutputFolder.ManifestName), manifest);
        return removed;
    }

    /// <summary>Deletes an output folder that DigestSite wrote (for --clean); anything else is left alone.</summary>
    public static void Clean(string outputDir)
    {
        if (Directory.Exists(outputDir) && OutputFolder.IsOurs(outputDir))
            Directory.Delete(outputDir, recursive: true);
    }

    /// <summary>Open, write, close: File.WriteAllBytes also pre-allocates and seeks, two more system calls a file.</summary>
    private static void WriteBytes(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
    }

    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != bytes.Length) return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static bool IsSafeRelative(string p) => !p.StartsWith('/') && !p.Split('/').Contains("..");

    private static void RemoveEmptyParents(string dir, string stopAt)
    {
        var stop = Path.GetFullPath(stopAt).TrimEnd('/');
        var current = Path.GetFullPath(dir).TrimEnd('/');
        while (current.Length > stop.Length && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any())
        {
            Directory.Delete(current);
            current = Path.GetDirectoryName(current)!;
        }
    }
}

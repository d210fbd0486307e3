namespace DigestSite.Publishing;

public enum ChangeKind { Added, Changed, Removed }

public sealed record FileChange(ChangeKind Kind, string Path);

/// <summary>
/// What publishing a site folder over a target folder adds, changes and removes, by path (with '/' separators,
/// sorted ordinally so listings are stable). Files are compared by their bytes, so a build that only rewrote
/// unchanged files reports nothing.
/// </summary>
public sealed class ChangeList
{
    private ChangeList(IReadOnlyList<FileChange> changes) => Changes = changes;

    public static ChangeList Empty { get; } = new([]);

    public IReadOnlyList<FileChange> Changes { get; }
    public bool IsEmpty => Changes.Count == 0;
    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);
    public string Summary => $"{Count(ChangeKind.Added)} added, {Count(ChangeKind.Changed)} changed, {Count(ChangeKind.Removed)} removed";

    /// <param name="currentDir">What the target holds now (may not exist: then everything is added).</param>
    /// <param name="newDir">The site to publish.</param>
    /// <param name="ignore">Relative paths that are bookkeeping, not site (the manifest, <c>.git/</c>).</param>
    public static ChangeList Between(string currentDir, string newDir, Func<string, bool> ignore)
    {
        var current = Files(currentDir, ignore);
        var next = Files(newDir, ignore);
        var changes = new List<FileChange>();
        foreach (var (path, full) in next)
        {
            if (!current.TryGetValue(path, out var old)) changes.Add(new(ChangeKind.Added, path));
            else if (!SameBytes(old, full)) changes.Add(new(ChangeKind.Changed, path));
        }
        changes.AddRange(current.Keys.Where(p => !next.ContainsKey(p)).Select(p => new FileChange(ChangeKind.Removed, p)));
        changes.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new ChangeList(changes);
    }

    /// <summary>Relative path ('/'-separated) to full path of every file under <paramref name="dir"/>.</summary>
    private static Dictionary<string, string> Files(string dir, Func<string, bool> ignore)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(dir)) return files;
        foreach (var full in Directory.EnumerateFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(dir, full).Replace(Path.DirectorySeparatorChar, '/');
            if (!ignore(relative)) files[relative] = full;
        }
        return files;
    }

    private static bool SameBytes(string a, string b)
    {
        if (new FileInfo(a).Length != new FileInfo(b).Length) return false;
        using var left = File.OpenRead(a);
        using var right = File.OpenRead(b);
        Span<byte> x = stackalloc byte[16384];
        Span<byte> y = stackalloc byte[16384];
        while (true)
        {
            var n = left.ReadAtLeast(x, x.Length, throwOnEndOfStream: false);
            var m = right.ReadAtLeast(y, y.Length, throwOnEndOfStream: false);
            if (n != m || !x[..n].SequenceEqual(y[..m])) return false;
            if (n == 0) return true;
        }
    }
}

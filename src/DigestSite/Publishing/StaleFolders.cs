using System.Text.RegularExpressions;
using DigestSite.Files;
using DigestSite.Writing;

namespace DigestSite.Publishing;

/// <summary>
/// Removes what killed publishes left: staging folders beside a target (<c>DIR.digestsite-new-PID-ID</c>, and
/// <c>DIR.digestsite-old-PID-ID</c>, the previous site moved aside) and the git publisher's temporary folders
/// (<c>digestsite-publish-PID-ID</c>). A folder is removed only when its name is one DigestSite gives, the
/// process named in it is gone (names without a process id, from older versions, must be older than this
/// process), and what it holds is what DigestSite puts there. Anything else is left alone.
/// </summary>
internal static partial class StaleFolders
{
    [GeneratedRegex(@"^\.digestsite-(new|old)-(?:(\d+)-)?[0-9a-f]{10}$")]
    private static partial Regex StagingSuffix();

    [GeneratedRegex(@"^digestsite-publish-(?:(\d+)-)?[0-9a-f]{10}$")]
    private static partial Regex PublishTemp();

    /// <summary>A name for a new folder of this process: <paramref name="start"/>, this process's id, a random id.</summary>
    public static string NewName(string start) => $"{start}{Environment.ProcessId}-{FolderSwap.Random()}";

    /// <summary>Stale staging folders beside <paramref name="dir"/>, removed; returns how many.</summary>
    public static int RemoveBeside(string dir)
    {
        var parent = Path.GetDirectoryName(dir);
        var name = Path.GetFileName(dir);
        if (parent is null || !Directory.Exists(parent)) return 0;
        var removed = 0;
        foreach (var candidate in Directory.EnumerateDirectories(parent, name + ".digestsite-*", new EnumerationOptions { AttributesToSkip = 0 }))
        {
            var match = StagingSuffix().Match(Path.GetFileName(candidate)[name.Length..]);
            if (!match.Success || !IsStale(candidate, match.Groups[2])) continue;
            // A staging folder holds a build (with its manifest, written first) or nothing yet; an old one holds the
            // site it replaced, which a publish with --force may have taken from a folder without a manifest.
            if (match.Groups[1].Value == "new" && !IsEmptyOrOurs(candidate)) continue;
            if (TryDelete(candidate)) removed++;
        }
        return removed;
    }

    /// <summary>Stale temporary folders of the git publisher in <paramref name="tempDir"/>, removed; returns how many.</summary>
    public static int RemoveTemporary(string tempDir)
    {
        if (!Directory.Exists(tempDir)) return 0;
        var removed = 0;
        foreach (var candidate in Directory.EnumerateDirectories(tempDir, "digestsite-publish-*", new EnumerationOptions { AttributesToSkip = 0 }))
        {
            var match = PublishTemp().Match(Path.GetFileName(candidate));
            if (!match.Success || !IsStale(candidate, match.Groups[1])) continue;
            // It holds the staged site ("site") and the branch's work tree ("work"), nothing else.
            var entries = Directory.EnumerateFileSystemEntries(candidate).Select(Path.GetFileName).ToList();
            if (entries.Any(e => e is not ("site" or "work"))) continue;
            if (TryDelete(candidate)) removed++;
        }
        return removed;
    }

    private static bool IsStale(string folder, Group pid)
    {
        if (FileKind.Of(folder).Kind != EntryKind.Directory) return false; // a link or a file: never ours
        var made = Directory.GetLastWriteTimeUtc(folder);
        return pid.Success
            ? int.TryParse(pid.Value, out var id) && OwnerProcess.IsGone(id, made)
            : made < StartedUtc;
    }

    private static DateTime StartedUtc { get; } = System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime();

    private static bool IsEmptyOrOurs(string folder) => OutputFolder.IsEmpty(folder) || OutputManifest.IsIn(folder);

    private static bool TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // best effort: the next publish tries again
        }
    }
}

using System.Diagnostics;
using System.Globalization;

namespace DigestSite.Preview.Building;

/// <summary>
/// Names and tidies the preview's private folders under the temp folder: <c>digestsite-preview-PID-RANDOM</c>.
/// A session removes its own on exit; one killed before it could (kill -9, a crash, a power cut) leaves it, so a
/// new session removes those of sessions whose process is gone. Only folders named that way are touched, never a
/// link, and never one whose process still runs.
/// </summary>
public static class SessionFolders
{
    public const string Prefix = "digestsite-preview-";

    /// <summary>A new folder name for this process (the folder is not made here).</summary>
    public static string NewPath(string tempRoot) =>
        Path.Combine(tempRoot, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..12]}");

    /// <summary>Removes the folders of previews whose process has ended; returns how many.</summary>
    public static int RemoveStale(string tempRoot)
    {
        var removed = 0;
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateDirectories(tempRoot, Prefix + "*").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
        foreach (var folder in candidates)
        {
            if (OwnerOf(Path.GetFileName(folder)) is not { } pid || IsRunning(pid)) continue;
            try
            {
                if (new DirectoryInfo(folder).LinkTarget is not null) continue;
                Directory.Delete(folder, recursive: true);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another user's, or in use: left alone.
            }
        }
        return removed;
    }

    /// <summary>The process id in a folder name of ours, or null for any other name.</summary>
    public static int? OwnerOf(string name)
    {
        if (!name.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var parts = name[Prefix.Length..].Split('-');
        return parts.Length == 2 && parts[1].Length == 12 && parts[1].All(char.IsAsciiHexDigitLower)
               && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}

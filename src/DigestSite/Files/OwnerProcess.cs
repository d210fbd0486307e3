using System.Diagnostics;

namespace DigestSite.Files;

/// <summary>Tells whether the DigestSite process that made a temporary file or folder (its id is in the name)
/// may still be using it.</summary>
public static class OwnerProcess
{
    /// <summary>True when process <paramref name="pid"/> no longer runs, or runs but started after
    /// <paramref name="madeUtc"/> (the id was given to another process since).</summary>
    public static bool IsGone(int pid, DateTime madeUtc)
    {
        if (pid == Environment.ProcessId) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.StartTime.ToUniversalTime() > madeUtc.AddSeconds(1);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return true;
        }
    }
}

using System.Diagnostics;

namespace DigestSite.Preview;

/// <summary>Opens the preview in the user's browser when there is a screen to show it on. Failing to open one
/// is never an error: the URL is printed anyway.</summary>
public static class BrowserLauncher
{
    /// <summary>Why the browser will not be opened, or null when it can be.</summary>
    public static string? WhyNot()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsFreeBSD())
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")) &&
                string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY")))
                return "no display";
            if (FindOnPath("xdg-open") is null) return "xdg-open is not installed";
        }
        return null;
    }

    public static bool TryOpen(string url)
    {
        if (WhyNot() is not null) return false;
        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(url) { UseShellExecute = true }
                : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", [url])
                : new ProcessStartInfo(FindOnPath("xdg-open")!, [url]);
            // The opener's chatter (browsers print to the terminal they were started from) is read and dropped.
            start.RedirectStandardOutput = !start.UseShellExecute;
            start.RedirectStandardError = !start.UseShellExecute;
            var process = Process.Start(start);
            if (process is null) return false;
            if (!start.UseShellExecute)
            {
                process.OutputDataReceived += (_, _) => { };
                process.ErrorDataReceived += (_, _) => { };
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();
            }
            return true;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return false;
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}

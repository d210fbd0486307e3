namespace DigestSite.Cli;

/// <summary>Keeps a bug's full report (the exception with its stack trace, the command line, the versions) in a
/// file under the temp folder, so the console shows one line and the report is still there to attach.</summary>
public static class CrashLog
{
    /// <summary>The file written, or null when none could be.</summary>
    public static string? Write(Exception e)
    {
        try
        {
            var path = Path.Combine(Path.GetTempPath(), $"digestsite-crash-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
            File.WriteAllText(path,
                $"command: {string.Join(' ', Environment.GetCommandLineArgs())}\n" +
                $"digestsite: {typeof(CrashLog).Assembly.GetName().Version}\n" +
                $".NET: {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}\n\n{e}\n");
            return path;
        }
        catch (Exception write) when (write is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

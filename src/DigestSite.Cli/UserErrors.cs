using System.Net.Sockets;
using DigestSite.Build;
using DigestSite.Configuration;

namespace DigestSite.Cli;

/// <summary>
/// Tells a user's error from a bug when an exception reaches the top of the program. A user's error (bad
/// settings, a missing folder, a port in use, no permission, a file system that refuses) gets one clear line and
/// exit code 2; anything else is a bug: one line <c>digestsite: internal error: …</c>, the stack trace in a log
/// file (on the console too with <c>--verbose</c>), a request to report it, and exit code 70.
/// </summary>
public static class UserErrors
{
    /// <summary>Exit code for a bug: EX_SOFTWARE of sysexits.h, distinct from content errors (1) and usage (2).</summary>
    public const int BugExitCode = 70;

    public static int Handle(Exception e, TextWriter error, bool verbose = false)
    {
        if (Describe(e) is { } message)
        {
            error.WriteLine(message);
            return ExitCodes.Usage;
        }
        error.WriteLine($"digestsite: internal error: {e.GetType().Name}: {OneLine(e.Message)}");
        if (verbose) error.WriteLine(e.ToString());
        else if (CrashLog.Write(e) is { } log) error.WriteLine($"The details (the stack trace) are in {log}.");
        else error.WriteLine(e.ToString()); // no log file could be written: the details are here or nowhere
        error.WriteLine("This is a bug in DigestSite; please report it with the command you ran and these details.");
        return BugExitCode;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    /// <summary>The one line for a user's error, or null for a bug.</summary>
    public static string? Describe(Exception e)
    {
        if (e is ConfigException config)
            return config.Line > 0 ? config.Message : $"digestsite: error: {config.Reason}";
        if (Find<SocketException>(e) is { SocketErrorCode: SocketError.AddressAlreadyInUse } || IsAddressInUse(e))
            return $"digestsite: error: the port is already in use ({Innermost(e).Message}); choose another with --port";
        if (e is UnauthorizedAccessException)
            return $"digestsite: error: permission denied: {e.Message}";
        // The file system's refusals (no such folder, not a folder, a link loop, a full disk, a name too long) come
        // from what the user's paths name, not from a bug.
        if (e is IOException io && (io.GetType() == typeof(IOException) || io is DirectoryNotFoundException or FileNotFoundException or PathTooLongException))
            return $"digestsite: error: {OneLine(io.Message)}";
        return null;
    }

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
            if (e is T found) return found;
        return null;
    }

    /// <summary>Kestrel wraps the socket error in its own exception type (which this project does not
    /// reference), with this wording.</summary>
    private static bool IsAddressInUse(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }
}

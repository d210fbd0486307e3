using System.Net.Sockets;
using DigestSite.Build;
using DigestSite.Configuration;

namespace DigestSite.Cli;

/// <summary>
/// Tells a user's error from a bug when an exception reaches the top of the program. A user's error (bad
/// settings, a missing folder, a port in use, no permission) gets one clear line and exit code 2; anything
/// else is a bug and gets its stack trace with a request to report it.
/// </summary>
public static class UserErrors
{
    /// <summary>Exit code for a bug. The contract knows 0, 1 and 2 only; a crash is a failure, so 1.</summary>
    public const int BugExitCode = ExitCodes.Failed;

    public static int Handle(Exception e, TextWriter error)
    {
        if (Describe(e) is { } message)
        {
            error.WriteLine(message);
            return ExitCodes.Usage;
        }
        error.WriteLine($"digestsite: internal error: {e}");
        error.WriteLine("This is a bug in DigestSite; please report it with the command you ran and the lines above.");
        return BugExitCode;
    }

    /// <summary>The one line for a user's error, or null for a bug.</summary>
    public static string? Describe(Exception e)
    {
        if (e is ConfigException config)
            return config.Line > 0 ? config.Message : $"digestsite: error: {config.Reason}";
        if (Find<SocketException>(e) is { SocketErrorCode: SocketError.AddressAlreadyInUse } || IsAddressInUse(e))
            return $"digestsite: error: the port is already in use ({Innermost(e).Message}); choose another with --port";
        if (e is UnauthorizedAccessException)
            return $"digestsite: error: permission denied: {e.Message}";
        if (e is IOException io && io.GetType() == typeof(IOException) && io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase))
            return $"digestsite: error: {io.Message}";
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

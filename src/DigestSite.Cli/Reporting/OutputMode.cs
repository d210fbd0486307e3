namespace DigestSite.Cli.Reporting;

/// <summary>How a command talks: <see cref="Rich"/> (live progress, colour) only on a terminal that wants it;
/// <see cref="Plain"/> lines when the output goes to a file or a pipe, when <c>NO_COLOR</c> is set or the
/// terminal is dumb; <see cref="Quiet"/> (problems only) with <c>--quiet</c>.</summary>
public enum OutputMode { Rich, Plain, Quiet }

public static class OutputModes
{
    public static OutputMode Detect(bool quiet)
    {
        if (quiet) return OutputMode.Quiet;
        // NO_COLOR counts when set to anything but the empty string (no-color.org).
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var dumb = string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        return Console.IsOutputRedirected || noColor || dumb ? OutputMode.Plain : OutputMode.Rich;
    }
}

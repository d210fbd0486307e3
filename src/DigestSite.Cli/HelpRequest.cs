namespace DigestSite.Cli;

/// <summary>
/// Whether a command line might name the help or version option (<c>--help</c>, <c>-h</c>, <c>/h</c>,
/// <c>-?</c>, <c>/?</c>, <c>--version</c>), as System.CommandLine would read it. The answer errs towards yes:
/// a no must be sure, since such a command line is parsed without those options (<see cref="Program"/>).
/// </summary>
public static class HelpRequest
{
    public static bool MayAsk(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
            if (MayName(args[i])) return true;
        return false;
    }

    private static bool MayName(string arg)
    {
        // A response file may hold any of them.
        if (arg.StartsWith('@')) return true;
        // "--help", and "--help:x" or "--help=x", which the parser splits at the first ':' or '='.
        var name = arg.AsSpan();
        if (name.IndexOfAny(':', '=') is var split and > 0) name = name[..split];
        if (name is "--help" or "--version" or "/h" or "/?") return true;
        // "-h" and "-?", alone or in a bundle of one-letter options such as "-qh".
        return arg.Length > 1 && arg[0] == '-' && arg[1] != '-' && arg.AsSpan(1).IndexOfAny('h', '?') >= 0;
    }
}

using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace DigestSite.Cli.Reporting;

/// <summary>
/// Help as System.CommandLine writes it, except that a list of subcommands shows each one's first line
/// only. A command's description carries its example (so that <c>digestsite build --help</c> shows it), and
/// without this the root's list would repeat every example.
/// </summary>
public sealed class ShortCommandList(SynchronousCommandLineAction inner) : SynchronousCommandLineAction
{
    /// <summary>Wraps the help option of <paramref name="root"/> (it applies to every subcommand).</summary>
    public static void Install(Command root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
            if (help.Action is SynchronousCommandLineAction action) help.Action = new ShortCommandList(action);
    }

    public override int Invoke(ParseResult parseResult)
    {
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        var captured = new StringWriter();
        configuration.Output = captured;
        int code;
        try
        {
            code = inner.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }
        output.Write(Shorten(captured.ToString()));
        return code;
    }

    /// <summary>In the "Commands:" section, keeps the lines that name a command (two spaces, then text) and
    /// drops the continuation lines of their descriptions.</summary>
    public static string Shorten(string help)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        var kept = new List<string>(lines.Length);
        var inCommands = false;
        foreach (var line in lines)
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0])) inCommands = line.TrimEnd() == "Commands:";
            else if (inCommands && !(line.Length > 2 && line.StartsWith("  ", StringComparison.Ordinal) && line[2] != ' ')) continue;
            kept.Add(line);
        }
        return string.Join(Environment.NewLine, kept).TrimEnd() + Environment.NewLine + Environment.NewLine;
    }
}

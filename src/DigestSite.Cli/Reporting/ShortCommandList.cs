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
    /// <summary>Help fits a terminal of this width, whatever the real one (and when there is none).</summary>
    public const int Width = 80;

    /// <summary>Wraps the help option of <paramref name="root"/> (it applies to every subcommand).</summary>
    public static void Install(Command root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction builtIn) builtIn.MaxWidth = Width;
            if (help.Action is SynchronousCommandLineAction action) help.Action = new ShortCommandList(action);
        }
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

    /// <summary>In the "Commands:" section, each command's line gets the first sentence of its description,
    /// wrapped within <see cref="Width"/> columns under its start (never cut).</summary>
    public static string Shorten(string help)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        var kept = new List<string>(lines.Length);
        var inCommands = false;
        var entries = new List<(string Name, string Text)>();
        foreach (var line in lines)
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
            {
                Flush(entries, kept);
                inCommands = line.TrimEnd() == "Commands:";
            }
            else if (inCommands)
            {
                if (line.Length > 2 && line.StartsWith("  ", StringComparison.Ordinal) && line[2] != ' ')
                {
                    var split = line.IndexOf("  ", 2, StringComparison.Ordinal);
                    entries.Add(split < 0 ? (line.Trim(), "") : (line[..split].Trim(), line[split..].Trim()));
                }
                else if (line.Trim().Length > 0 && entries.Count > 0)
                    entries[^1] = (entries[^1].Name, entries[^1].Text + " " + line.Trim()); // a continuation line
                else if (line.Trim().Length == 0 && entries.Count > 0) entries[^1] = (entries[^1].Name, entries[^1].Text + "\n");
                continue;
            }
            kept.Add(line);
        }
        Flush(entries, kept);
        return string.Join(Environment.NewLine, kept).TrimEnd() + Environment.NewLine + Environment.NewLine;
    }

    private static void Flush(List<(string Name, string Text)> entries, List<string> kept)
    {
        if (entries.Count == 0) return;
        var column = entries.Max(e => e.Name.Length) + 4;
        foreach (var (name, text) in entries)
        {
            var words = FirstSentence(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var line = new System.Text.StringBuilder("  " + name.PadRight(column - 2));
            var start = true;
            foreach (var word in words)
            {
                if (!start && line.Length + 1 + word.Length > Width)
                {
                    kept.Add(line.ToString());
                    line.Clear().Append(' ', column);
                    start = true;
                }
                if (!start) line.Append(' ');
                line.Append(word);
                start = false;
            }
            kept.Add(line.ToString().TrimEnd());
        }
        kept.Add("");
        entries.Clear();
    }

    /// <summary>The description up to the end of its first sentence (its first paragraph at most).</summary>
    private static string FirstSentence(string text)
    {
        var paragraph = text.Split('\n')[0].Trim();
        var stop = paragraph.IndexOf(". ", StringComparison.Ordinal);
        return stop > 0 ? paragraph[..(stop + 1)] : paragraph;
    }
}

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace DigestSite.Cli;

/// <summary>
/// Prints a command line's parse errors in the one format of the tool, <c>digestsite: error: …</c>, each with a
/// "did you mean" for a mistyped command or option, then where to find the usage of the command concerned.
/// </summary>
public static partial class ParseErrorReport
{
    public static void Print(ParseResult parse, TextWriter error)
    {
        var command = parse.CommandResult.Command;
        var unmatched = parse.UnmatchedTokens.ToHashSet(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var e in parse.Errors)
        {
            // "Required command was not provided" says nothing more when a mistyped command is reported too.
            if (unmatched.Count > 0 && e.Message.StartsWith("Required command", StringComparison.Ordinal)) continue;
            var message = Tidy(e.Message);
            if (command.Subcommands.Count > 0 && message.StartsWith("required command was not provided", StringComparison.Ordinal))
                message = $"'{Path(command)}' needs a command: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}";
            lines.Add($"digestsite: error: {message}");
            if (Typed(e.Message) is { } typed && SuggestionFor(typed, command) is { } suggestion) lines.Add(suggestion);
        }
        foreach (var line in lines.Distinct(StringComparer.Ordinal)) error.WriteLine(line);
        error.WriteLine($"Run 'digestsite help{(command.Parents.Any() ? " " + Path(command)[("digestsite".Length + 1)..] : "")}' for usage.");
    }

    /// <summary>System.CommandLine's sentence, in the tool's style: lower-case start, no final full stop.</summary>
    private static string Tidy(string message)
    {
        var text = message.TrimEnd('.');
        return text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    /// <summary>The token an "unrecognized" or "unknown option" message quotes.</summary>
    private static string? Typed(string message) =>
        QuotedToken().Match(message) is { Success: true } m && (message.StartsWith("Unrecognized", StringComparison.Ordinal) || message.StartsWith("unknown option", StringComparison.Ordinal))
            ? m.Groups[1].Value : null;

    private static string? SuggestionFor(string typed, Command command)
    {
        var names = typed.StartsWith('-')
            ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal))
            : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
        return Suggestions.Line(typed, names.ToList());
    }

    private static string Path(Command command)
    {
        var names = new List<string> { command.Name };
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            names.Insert(0, parent.Name);
        return string.Join(' ', names);
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex QuotedToken();
}

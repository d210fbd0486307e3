using System.CommandLine;
using System.CommandLine.Help;

namespace DigestSite.Cli.Completion;

/// <summary>What a completion script needs to know of a command: its name, its one-line summary, its options
/// (long names, with whether each takes a value) and its subcommands.</summary>
public sealed record CommandTree(string Name, string Summary, IReadOnlyList<OptionInfo> Options, IReadOnlyList<CommandTree> Subcommands)
{
    public static CommandTree From(Command command) => new(
        command.Name,
        SummaryOf(command.Description),
        command.Options.Where(o => !o.Hidden && o is not HelpOption and not VersionOption)
            .Select(o => new OptionInfo(o.Name, TakesValue: o.ValueType != typeof(bool), SummaryOf(o.Description))).ToList(),
        command.Subcommands.Where(c => !c.Hidden).Select(From).ToList());

    /// <summary>The first sentence of a description (what a completion menu has room for).</summary>
    public static string SummaryOf(string? description)
    {
        var first = (description ?? "").Split('\n')[0].Trim();
        var stop = first.IndexOf(". ", StringComparison.Ordinal);
        return (stop > 0 ? first[..stop] : first).TrimEnd('.');
    }
}

public sealed record OptionInfo(string Name, bool TakesValue, string Summary);

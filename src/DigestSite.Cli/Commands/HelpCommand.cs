using System.CommandLine;
using DigestSite.Build;

namespace DigestSite.Cli.Commands;

/// <summary><c>digestsite help [COMMAND...]</c>: the same text as <c>digestsite [COMMAND...] --help</c>. Program
/// turns the one into the other before parsing; this command only gives <c>help</c> its place in the lists.</summary>
public static class HelpCommand
{
    public const string Name = "help";

    public static Command Create()
    {
        var names = new Argument<string[]>("COMMAND") { Description = "The command to explain, e.g. publish or 'new site'.", Arity = ArgumentArity.ZeroOrMore };
        return new Command(Name, "Show the help of a command.\n\nExample:\n  digestsite help publish") { names };
    }

    /// <summary>The command line that <c>help</c> stands for, or null with an error printed when it names a
    /// command that does not exist.</summary>
    public static string[]? Rewrite(string[] args, Command root, TextWriter error)
    {
        var command = root;
        foreach (var name in args.Skip(1))
        {
            if (name.StartsWith('-')) break;
            var next = command.Subcommands.FirstOrDefault(c => c.Name == name);
            if (next is null)
            {
                error.WriteLine(command == root
                    ? $"digestsite: error: there is no command '{name}'"
                    : $"digestsite: error: '{command.Name}' has no command '{name}'");
                if (Suggestions.Line(name, command.Subcommands.Select(c => c.Name)) is { } suggestion) error.WriteLine(suggestion);
                error.WriteLine("Run 'digestsite help' for the list of commands.");
                return null;
            }
            command = next;
        }
        return [.. args.Skip(1).TakeWhile(a => !a.StartsWith('-')), "--help"];
    }

    public static int Usage => ExitCodes.Usage;
}

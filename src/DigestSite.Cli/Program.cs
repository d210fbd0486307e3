using System.CommandLine;
using System.CommandLine.Help;
using DigestSite.Cli.Commands;
using DigestSite.Build;
using DigestSite.Cli.Reporting;

namespace DigestSite.Cli;

/// <summary>The <c>digestsite</c> program: parses the command line and hands over to a command. Everything a
/// command does lives in the DigestSite library.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // "digestsite help publish" is "digestsite publish --help".
        if (args is [HelpCommand.Name, ..])
        {
            if (HelpCommand.Rewrite(args, CreateRoot(), Console.Error) is not { } asked) return HelpCommand.Usage;
            args = asked;
        }
        var parse = CreateRoot().Parse(args);
        if (parse.Errors.Count > 0 && !args.Contains("--help") && !args.Contains("-h"))
        {
            ParseErrorReport.Print(parse, Console.Error);
            return ExitCodes.Usage;
        }
        try
        {
            // Exceptions come here rather than to System.CommandLine's handler, which would print every one
            // with its stack trace and exit 1.
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return UserErrors.Handle(e, Console.Error, verbose: args.Contains("--verbose"));
        }
    }

    /// <summary>The command line: every command, with the help and version options.</summary>
    internal static Command CreateRoot()
    {
        // A plain Command named 'digestsite' rather than a RootCommand, which would take its name from the
        // assembly (DigestSite.Cli) and show that in every usage line.
        var root = new Command("digestsite", "DigestSite: turns a folder of news digests into a fast, valid static news site.\n\nExample:\n  digestsite new site demo && digestsite build demo && digestsite preview demo");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(PublishCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(PreviewCommand.Create());
        root.Subcommands.Add(ConfigCommand.Create());
        root.Subcommands.Add(CompletionCommand.Create(CreateRoot));
        root.Subcommands.Add(HelpCommand.Create());
        ShortCommandList.Install(root);
        return root;
    }
}

using System.CommandLine;
using System.Globalization;
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
        // The culture's data and collation come from ICU, whose loading takes some 15 ms of the first line printed
        // (the console's encoding) and more of the theme's first template parsed (Scriban compares names by
        // culture): loaded on the side while the command line is parsed.
        ThreadPool.UnsafeQueueUserWorkItem(_ => CultureInfo.CurrentCulture.CompareInfo.IsPrefix("digestsite", "digest"), null);

        // The help and version options take their descriptions from System.CommandLine's resources, whose
        // loading costs a process some 10 ms before anything is done. A command line that cannot name either
        // option parses the same without them, and with only the command it names (each command's options are
        // objects to make, some with code compiled at run time). Should it have errors, it is parsed again as a
        // whole, so that every message is the one the whole command line gives.
        // "digestsite help publish" is "digestsite publish --help".
        if (args is [HelpCommand.Name, ..])
        {
            if (HelpCommand.Rewrite(args, CreateRoot(withHelp: true), Console.Error) is not { } asked) return HelpCommand.Usage;
            args = asked;
        }
        var lean = !HelpRequest.MayAsk(args);
        var parse = (lean ? CreateRoot(withHelp: false, only: args.Length > 0 ? args[0] : null) : CreateRoot(withHelp: true)).Parse(args);
        if (lean && parse.Errors.Count > 0) parse = CreateRoot(withHelp: true).Parse(args);
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

    /// <summary>The command line; without the help and version options when <paramref name="withHelp"/> is false,
    /// and with only the command named <paramref name="only"/> when it is given.</summary>
    internal static Command CreateRoot(bool withHelp, string? only = null)
    {
        // A plain Command named 'digestsite' rather than a RootCommand, which would take its name from the
        // assembly (DigestSite.Cli) and show that in every usage line.
        var root = new Command("digestsite", "DigestSite: turns a folder of news digests into a fast, valid static news site.\n\nExample:\n  digestsite new site demo && digestsite build demo && digestsite preview demo");
        if (withHelp)
        {
            root.Options.Add(new HelpOption());
            root.Options.Add(new VersionOption());
        }
        void Add(string name, Func<Command> create)
        {
            if (only is null || only == name) root.Subcommands.Add(create());
        }
        Add("new", NewCommand.Create);
        Add("build", BuildCommand.Create);
        Add("inspect", InspectCommand.Create);
        Add("publish", PublishCommand.Create);
        Add("check", CheckCommand.Create);
        Add("preview", PreviewCommand.Create);
        Add("config", ConfigCommand.Create);
        Add("completion", () => CompletionCommand.Create(() => CreateRoot(withHelp: true)));
        Add(HelpCommand.Name, HelpCommand.Create);
        if (withHelp) ShortCommandList.Install(root);
        return root;
    }
}

using System.CommandLine;
using DigestSite.Cli.Commands;

namespace DigestSite.Cli;

/// <summary>The <c>digestsite</c> program: parses the command line and hands over to a command. Everything a
/// command does lives in the DigestSite library.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("DigestSite: turns a folder of news digests into a fast, valid static news site.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(PublishCommand.Create());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !args.Contains("--help") && !args.Contains("-h"))
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"digestsite: {error.Message}");
            Console.Error.WriteLine("Run 'digestsite --help' for usage.");
            return 2;
        }
        try
        {
            return parse.Invoke();
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"digestsite: internal error: {e}");
            Console.Error.WriteLine("This is a bug in DigestSite; please report it with the command you ran.");
            return 70;
        }
    }
}

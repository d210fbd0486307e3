using System.CommandLine;
using DigestSite.Build;
using DigestSite.Cli.Completion;

namespace DigestSite.Cli.Commands;

/// <summary><c>digestsite completion bash|zsh|fish</c>: prints a completion script for the shell, made from the
/// command line's own definition (so it knows every command and option there is).</summary>
public static class CompletionCommand
{
    public static Command Create(Func<Command> root)
    {
        var shell = new Argument<string>("SHELL") { Description = "bash, zsh or fish." };
        shell.AcceptOnlyFromAmong("bash", "zsh", "fish");
        var command = new Command("completion",
            "Print a shell completion script for commands, options and paths.\n\n" +
            "Examples:\n  digestsite completion bash > ~/.local/share/bash-completion/completions/digestsite\n" +
            "  digestsite completion zsh > \"${fpath[1]}/_digestsite\"\n" +
            "  digestsite completion fish > ~/.config/fish/completions/digestsite.fish")
        {
            shell,
        };
        command.SetAction(parse =>
        {
            var tree = CommandTree.From(root());
            Console.Out.Write(parse.GetValue(shell) switch
            {
                "bash" => CompletionScripts.Bash(tree),
                "zsh" => CompletionScripts.Zsh(tree),
                _ => CompletionScripts.Fish(tree),
            });
            return ExitCodes.Success;
        });
        return command;
    }
}

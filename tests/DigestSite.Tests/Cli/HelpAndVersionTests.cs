using System.Reflection;
using System.Text.RegularExpressions;

namespace DigestSite.Tests.Cli;

public sealed partial class HelpAndVersionTests
{
    [Fact]
    public void Every_command_help_shows_an_example()
    {
        using var dir = new TempDir();
        var checkedCommands = new List<string>();
        var pending = new Queue<string[]>([[]]);
        while (pending.Count > 0)
        {
            var path = pending.Dequeue();
            var run = CliRunner.Digestsite(dir.Path, [.. path, "--help"]);
            var name = path.Length == 0 ? "digestsite" : "digestsite " + string.Join(' ', path);
            Assert.True(run.ExitCode == 0, $"{name} --help: {run}");
            Assert.Contains("Example", run.Out);
            Assert.Contains("Usage:", run.Out);
            checkedCommands.Add(name);
            foreach (var sub in Subcommands(run.Out)) pending.Enqueue([.. path, sub]);
        }
        // The contract's commands that this branch has, and the two forms of 'new'.
        foreach (var expected in new[] { "digestsite build", "digestsite inspect", "digestsite new", "digestsite new site", "digestsite new digest" })
            Assert.Contains(expected, checkedCommands);
    }

    [Fact]
    public void Root_help_lists_each_command_on_one_line()
    {
        using var dir = new TempDir();
        var run = CliRunner.Digestsite(dir.Path, "--help");
        var commands = run.Out[run.Out.IndexOf("Commands:", StringComparison.Ordinal)..];
        // The examples belong to each command's own help, not to the list.
        Assert.DoesNotContain("Example", commands);
        Assert.Matches(@"(?m)^  build\b", commands);
        Assert.Matches(@"(?m)^  new\b", commands);
        Assert.Contains("digestsite [command] [options]", run.Out);
    }

    [Fact]
    public void Version_is_the_assembly_informational_version()
    {
        using var dir = new TempDir();
        var expected = typeof(DigestSite.Cli.Program).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var run = CliRunner.Digestsite(dir.Path, "--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.Out.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out.Trim());
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_code_2()
    {
        using var dir = new TempDir();
        var run = CliRunner.Digestsite(dir.Path, "build", "--no-such-option");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-option", run.Err);
        Assert.Contains("digestsite help build", run.Err);
        Assert.DoesNotContain("does not exist", run.Err);
    }

    /// <summary>Names in the "Commands:" section of a help text.</summary>
    private static IEnumerable<string> Subcommands(string help)
    {
        var at = help.IndexOf("\nCommands:", StringComparison.Ordinal);
        if (at < 0) yield break;
        foreach (var line in help[(at + 1)..].Split('\n').Skip(1))
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0])) yield break;
            if (CommandLine().Match(line) is { Success: true } m) yield return m.Groups[1].Value;
        }
    }

    [GeneratedRegex(@"^  ([a-z][a-z-]*)\b")]
    private static partial Regex CommandLine();
}

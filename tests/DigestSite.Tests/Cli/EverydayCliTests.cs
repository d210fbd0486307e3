using DigestSite.Cli;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Cli;

/// <summary>The command line's everyday habits: "did you mean", help, completion scripts, and the effective
/// configuration with its sources.</summary>
public sealed class EverydayCliTests
{
    [Fact]
    public void A_mistyped_command_suggests_the_right_one()
    {
        using var dir = new TempDir();
        var run = CliRunner.Digestsite(dir.Path, "biuld");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("digestsite: error: unrecognized command or argument 'biuld'", run.Err);
        Assert.Contains("Did you mean 'build'?", run.Err);
    }

    [Fact]
    public void A_mistyped_option_suggests_the_right_one()
    {
        using var dir = new TempDir();
        var run = CliRunner.Digestsite(dir.Path, "build", "--darfts");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Did you mean '--drafts'?", run.Err);
    }

    [Theory]
    [InlineData("biuld", "build")]
    [InlineData("pubish", "publish")]
    [InlineData("preveiw", "preview")]
    [InlineData("--otput", "--output")]
    public void Suggestions_find_typos(string typed, string meant) =>
        Assert.Equal(meant, Suggestions.For(typed, ["new", "build", "inspect", "publish", "check", "preview", "--output", "--drafts"])[0]);

    [Fact]
    public void Nothing_is_suggested_for_a_word_far_from_every_name() =>
        Assert.Empty(Suggestions.For("zebra", ["build", "check", "publish"]));

    [Fact]
    public void Help_of_a_command_is_the_same_as_its_help_option()
    {
        using var dir = new TempDir();
        var help = CliRunner.Digestsite(dir.Path, "help", "publish");
        Assert.Equal(0, help.ExitCode);
        Assert.Equal(CliRunner.Digestsite(dir.Path, "publish", "--help").Out, help.Out);
        Assert.Contains("--allow-local", help.Out);
    }

    [Fact]
    public void Every_help_text_fits_80_columns_and_names_each_command_with_a_whole_sentence()
    {
        using var dir = new TempDir();
        var root = CliRunner.Digestsite(dir.Path, "help");
        Assert.Equal(0, root.ExitCode);
        foreach (var args in new[] { "help", "help new", "help new site", "help new digest", "help build", "help check", "help inspect",
                     "help publish", "help preview", "help config", "help completion" })
        {
            var run = CliRunner.Digestsite(dir.Path, args.Split(' '));
            foreach (var line in run.Out.Split('\n'))
                Assert.True(line.TrimEnd().Length <= 80, $"'{args}' has a line of {line.Length} columns: {line}");
        }
        // The command list gives each command's first sentence whole: the publish line goes on to its full stop.
        var list = root.Out[root.Out.IndexOf("Commands:", StringComparison.Ordinal)..];
        Assert.Contains("any\n", list.Replace("  ", " ").Replace(" \n", "\n"));
        Assert.Contains("git host).", list);
    }

    [Fact]
    public void The_bash_completion_script_is_valid_bash_and_completes_commands_and_options()
    {
        using var dir = new TempDir();
        var script = CliRunner.Digestsite(dir.Path, "completion", "bash");
        Assert.Equal(0, script.ExitCode);
        File.WriteAllText(dir["digestsite.bash"], script.Out);
        // Complete "digestsite bu" and "digestsite build --dr" with the script loaded, as bash would.
        var probe = $$"""
            source {{dir["digestsite.bash"]}}
            COMP_WORDS=(digestsite bu); COMP_CWORD=1; _digestsite; echo "1:${COMPREPLY[*]}"
            COMP_WORDS=(digestsite build --dr); COMP_CWORD=2; _digestsite; echo "2:${COMPREPLY[*]}"
            COMP_WORDS=(digestsite new s); COMP_CWORD=2; _digestsite; echo "3:${COMPREPLY[*]}"
            """;
        var run = CliRunner.Run("bash", ["-c", probe], dir.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1:build", run.Out);
        Assert.Contains("2:--drafts", run.Out);
        Assert.Contains("3:site", run.Out);
    }

    [Theory]
    [InlineData("zsh", "#compdef digestsite")]
    [InlineData("fish", "complete -c digestsite")]
    public void Zsh_and_fish_scripts_name_every_command(string shell, string marker)
    {
        using var dir = new TempDir();
        var run = CliRunner.Digestsite(dir.Path, "completion", shell);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(marker, run.Out);
        foreach (var command in new[] { "build", "check", "preview", "publish", "inspect", "config" })
            Assert.Contains(command, run.Out);
    }

    [Fact]
    public void Config_prints_each_value_with_where_it_came_from()
    {
        using var site = new TempSite("site:\n  title: \"Harbour News\"\n\npageSize: 7\n");
        var run = CliRunner.Digestsite(site.Dir, "config");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Matches(@"title: ""Harbour News"" +# statiq\.yml:2", lines.Single(l => l.Contains("title:")));
        Assert.Matches(@"pageSize: 7 +# statiq\.yml:4", lines.Single(l => l.Contains("pageSize:")));
        Assert.Matches(@"baseUrl: ""http://localhost:5080/"" +# default", lines.Single(l => l.Contains("baseUrl:")));
        Assert.Contains("failOn: \"error\"", run.Out);
    }
}

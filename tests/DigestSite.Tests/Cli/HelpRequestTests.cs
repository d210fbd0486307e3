using DigestSite.Cli;

namespace DigestSite.Tests.Cli;

/// <summary>A command line that cannot name --help or --version is parsed without those options (their
/// resources cost a process time to load): that parse must be the one the whole command line gives.</summary>
public class HelpRequestTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("build", "-h")]
    [InlineData("build", "/h")]
    [InlineData("-?")]
    [InlineData("/?")]
    [InlineData("--version")]
    [InlineData("build", "-qh")]
    [InlineData("build", "--help:true")]
    [InlineData("build", "--help=true")]
    [InlineData("@args.rsp")]
    [InlineData("build", "site", "--", "-h")]
    public void A_command_line_that_may_name_help_or_version_is_seen_so(params string[] args) =>
        Assert.True(HelpRequest.MayAsk(args));

    public static TheoryData<string[]> PlainCommandLines => new()
    {
        { new[] { "build" } },
        { new[] { "build", "site", "--verbose" } },
        { new[] { "build", "/tmp/h/site", "-q", "--clean" } },
        { new[] { "build", "--output=/tmp/help", "--base-url", "https://example.org/h/" } },
        { new[] { "build", "-o", "out", "--drafts", "--future", "--strict" } },
        { new[] { "check", "site", "--base-url", "https://user.github.io/news/", "--strict" } },
        { new[] { "inspect", "input/a.txt", "--json" } },
        { new[] { "new", "site", "demo" } },
        { new[] { "new", "digest", "Title", "site", "--date", "2026-01-02" } },
        { new[] { "preview", "site", "-p", "8080", "--no-open" } },
        { new[] { "publish", "site", "--to", "/srv/www", "--dry-run" } },
        { new[] { "publish", "--git", "https://codeberg.org/u/p.git", "--branch", "pages", "-m", "x" } },
        { new[] { "build", "--no-such-option" } },
        { new[] { "build", "a", "b" } },
        { new[] { "new" } },
        { Array.Empty<string>() },
        { new[] { "bulid" } },
        { new[] { "build", "check" } },
        { new[] { "check", "build", "--quiet" } },
        { new[] { "new", "digest", "build" } },
    };

    [Theory]
    [MemberData(nameof(PlainCommandLines))]
    public void A_plain_command_line_parses_alike_with_and_without_help(string[] args)
    {
        Assert.False(HelpRequest.MayAsk(args));
        var lean = Program.CreateRoot(withHelp: false, only: args.Length > 0 ? args[0] : null).Parse(args);
        var full = Program.CreateRoot(withHelp: true).Parse(args);
        // With errors, the program parses again with help (and prints what that parse says).
        if (lean.Errors.Count > 0) return;
        Assert.Empty(full.Errors);
        Assert.Equal(Describe(full), Describe(lean));
    }

    [Fact]
    public void The_lean_command_line_makes_each_command_under_its_own_name()
    {
        var names = Program.CreateRoot(withHelp: true).Subcommands.Select(c => c.Name).ToList();
        Assert.Equal(9, names.Count);
        foreach (var name in names)
            Assert.Equal([name], Program.CreateRoot(withHelp: false, only: name).Subcommands.Select(c => c.Name));
    }

    /// <summary>Why the test for "-h" looks into bundles and past ':' and '=': without the help option, these
    /// command lines would be read otherwise.</summary>
    [Theory]
    [InlineData("build", "-qh")]
    [InlineData("build", "--help:true")]
    [InlineData("build", "--help=true")]
    public void Help_hidden_in_a_bundle_or_a_value_changes_the_parse(params string[] args)
    {
        Assert.True(HelpRequest.MayAsk(args));
        var lean = Program.CreateRoot(withHelp: false).Parse(args);
        var full = Program.CreateRoot(withHelp: true).Parse(args);
        Assert.NotEqual(Describe(full) + full.Errors.Count, Describe(lean) + lean.Errors.Count);
    }

    private static string Describe(System.CommandLine.ParseResult parse) =>
        parse.CommandResult.Command.Name + " | " +
        string.Join(" ", parse.Tokens.Select(t => $"{t.Type}:{t.Value}")) + " | " +
        string.Join(" ", parse.CommandResult.Children.Select(c => c.ToString()));
}

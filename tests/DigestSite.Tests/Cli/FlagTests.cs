using System.CommandLine;
using DigestSite.Cli.Commands;

namespace DigestSite.Tests.Cli;

/// <summary>The build command reads its flags without the parser's generic getter: the same values as it gives.</summary>
public sealed class FlagTests
{
    [Theory]
    [InlineData("")]
    [InlineData("--clean")]
    [InlineData("--clean true")]
    [InlineData("--clean false")]
    [InlineData("--clean:false")]
    [InlineData("--clean=True")]
    [InlineData("--verbose --clean")]
    [InlineData("--clean false --verbose")]
    public void A_flag_reads_as_the_parser_gives_it(string line)
    {
        var clean = new Option<bool>("--clean");
        var verbose = new Option<bool>("--verbose");
        var command = new Command("build") { clean, verbose };
        var parse = command.Parse(line);
        Assert.Empty(parse.Errors);
        Assert.Equal(parse.GetValue(clean), parse.Flag(clean));
        Assert.Equal(parse.GetValue(verbose), parse.Flag(verbose));
    }
}

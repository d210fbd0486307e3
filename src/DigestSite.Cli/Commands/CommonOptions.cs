using System.CommandLine;
using System.CommandLine.Parsing;

namespace DigestSite.Cli.Commands;

/// <summary>Arguments shared by several commands.</summary>
public static class CommonOptions
{
    public static Argument<string> SiteDir() => new("SITE_DIR")
    {
        Description = "The site folder (holds statiq.yml, input/ and optionally theme/). Default: the current folder.",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => ".",
        // An unknown option would otherwise be taken for the folder ("site folder '--outptu' does not exist").
        Validators = { NotAnOption },
    };

    /// <summary>A flag's value, as <c>parse.GetValue(option)</c> gives it (absent: false; alone: true; with a value:
    /// that value, which parsing has checked), without the parser's generic code over bool, which ReadyToRun does
    /// not hold and the JIT compiled at every build (five methods).</summary>
    public static bool Flag(this ParseResult parse, Option<bool> option) =>
        parse.GetResult(option) is { Implicit: false } result
        && (result.Tokens.Count == 0 || bool.TryParse(result.Tokens[^1].Value, out var value) && value);

    private static void NotAnOption(ArgumentResult result)
    {
        if (result.Tokens is [{ Value: var value }] && value.StartsWith('-') && value != "-")
            result.AddError($"unknown option '{value}'");
    }
}

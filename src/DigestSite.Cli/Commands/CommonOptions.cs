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

    /// <summary>A flag's value: absent, false; alone, true; with a value, that value (which parsing has checked).</summary>
    public static bool Flag(this ParseResult parse, Option<bool> option) => parse.GetValue(option);

    private static void NotAnOption(ArgumentResult result)
    {
        if (result.Tokens is [{ Value: var value }] && value.StartsWith('-') && value != "-")
            result.AddError($"unknown option '{value}'");
    }
}

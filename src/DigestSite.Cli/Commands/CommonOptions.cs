using System.CommandLine;

namespace DigestSite.Cli.Commands;

/// <summary>Arguments shared by several commands.</summary>
public static class CommonOptions
{
    public static Argument<string> SiteDir() => new("SITE_DIR")
    {
        Description = "The site folder (holds statiq.yml, input/ and optionally theme/). Default: the current folder.",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => ".",
    };
}

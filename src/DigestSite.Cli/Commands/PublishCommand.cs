using System.CommandLine;
using DigestSite.Build;
using DigestSite.Configuration;
using DigestSite.Publishing;

namespace DigestSite.Cli.Commands;

public static class PublishCommand
{
    private const string Help = """
        Build the site with the production base URL (site.baseUrl) and publish it atomically: to a folder a web server serves, or to a branch of a git repository (GitHub Pages, Codeberg Pages, any git host).

        Examples:
          digestsite publish mysite --to /var/www/news
          digestsite publish mysite --git git@github.com:user/news.git
          digestsite publish --git https://codeberg.org/user/pages.git --branch pages
          digestsite publish mysite --to /var/www/news --dry-run
        """;

    public static Command Create()
    {
        var site = CommonOptions.SiteDir();
        var to = new Option<string?>("--to") { Description = "Publish to this folder: the new site is built beside it, then swapped in with renames.", HelpName = "DIR" };
        var force = new Option<bool>("--force") { Description = "With --to: replace the folder even if DigestSite did not write it (it has no .digestsite-manifest)." };
        var gitUrl = new Option<string?>("--git") { Description = "Publish to a branch of this git repository (any URL git understands).", HelpName = "URL" };
        var branch = new Option<string>("--branch") { Description = "With --git: the branch to publish to; created (with no history) when missing.", DefaultValueFactory = _ => GitTarget.DefaultBranch };
        var message = new Option<string?>("--message", "-m") { Description = "With --git: the commit message (default: \"Publish <n> digests\")." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Publish with this base URL instead of site.baseUrl.", HelpName = "URL" };
        var allowLocal = new Option<bool>("--allow-local") { Description = "Publish even though site.baseUrl is a local address (localhost, 127.0.0.1)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Build and list the files that would be added, changed and removed; publish nothing." };

        var command = new Command("publish", Help) { site, to, force, gitUrl, branch, message, baseUrl, allowLocal, dryRun };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(to);
            var url = parse.GetValue(gitUrl);
            if ((folder is null) == (url is null))
                return Usage("publish needs exactly one target: --to DIR or --git URL");
            if (folder is not null && (parse.GetResult(branch) is { Implicit: false } || parse.GetResult(message) is not null))
                return Usage("--branch and --message go with --git, not --to");
            if (url is not null && parse.GetValue(force))
                return Usage("--force goes with --to, not --git (a git branch keeps its history, nothing is lost)");
            if (parse.GetValue(message) is { } m && m.Trim().Length == 0)
                return Usage("--message must not be empty");
            if (parse.GetValue(baseUrl) is { } url0 && BaseUrlCheck.Problem(url0) is { } badUrl)
                return Usage(badUrl);

            PublishTarget target = folder is not null
                ? new FolderTarget(folder, parse.GetValue(force))
                : new GitTarget(url!, parse.GetValue(branch)!, parse.GetValue(message));
            var result = Publisher.Publish(new PublishOptions
            {
                SiteDir = parse.GetValue(site)!,
                Target = target,
                DryRun = parse.GetValue(dryRun),
                BaseUrl = parse.GetValue(baseUrl),
                AllowLocal = parse.Flag(allowLocal),
            });
            Print(result);
            return result.ExitCode;
        });
        return command;
    }

    private static void Print(PublishResult result)
    {
        if (result.Build is { } build)
            foreach (var d in build.Diagnostics) Console.Error.WriteLine(d.ToString());
        switch (result.Outcome)
        {
            case PublishOutcome.DryRun:
                Console.WriteLine(result.Message);
                foreach (var change in result.Changes.Changes)
                    Console.WriteLine($"  {change.Kind.ToString().ToLowerInvariant(),-8} {change.Path}");
                break;
            case PublishOutcome.Published or PublishOutcome.NothingToPublish:
                Console.WriteLine(result.Message);
                break;
            default:
                // A configuration error already reads "path:line: error: ..."; the rest get the same prefix.
                Console.Error.WriteLine(result.Message.Contains(": error: ") ? result.Message : $"digestsite: error: {result.Message}");
                break;
        }
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"digestsite: error: {message}");
        Console.Error.WriteLine("Run 'digestsite publish --help' for usage.");
        return ExitCodes.Usage;
    }
}

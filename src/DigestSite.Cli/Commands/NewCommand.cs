using System.CommandLine;
using System.Globalization;
using DigestSite.Build;
using DigestSite.Scaffolding;

namespace DigestSite.Cli.Commands;

/// <summary><c>digestsite new site DIR</c> and <c>digestsite new digest "Title" [SITE_DIR]</c>; the work is in
/// the library's Scaffolding folder.</summary>
public static class NewCommand
{
    public static Command Create() => new("new", "Scaffold a new site or a new digest file.\n\nExample:\n  digestsite new site demo\n  digestsite new digest \"Kenya opens a geothermal plant\" demo")
    {
        Site(),
        Digest(),
    };

    private static Command Site()
    {
        var dir = new Argument<string>("DIR") { Description = "The folder to create; it must be new or empty." };
        var command = new Command("site", "Create a site that builds at once: a commented statiq.yml and input/ with one example digest (the built-in theme is used).\n\nExample:\n  digestsite new site demo && digestsite build demo")
        {
            dir,
        };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(dir)!;
            var result = SiteScaffolder.CreateSite(target, DateOnly.FromDateTime(DateTime.UtcNow));
            if (!Report(result)) return ExitCodes.Usage;
            Console.WriteLine($"Next: digestsite build {Quote(target)}   (or: digestsite preview {Quote(target)})");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Digest()
    {
        var title = new Argument<string>("TITLE") { Description = "The digest's title, in quotes." };
        var site = CommonOptions.SiteDir();
        var date = new Option<string?>("--date") { Description = "The digest's date, YYYY-MM-DD (default: today in the site's time zone)." };
        var command = new Command("digest", "Write input/YYYY-MM-DD-slug.txt with front matter and the section skeleton, as a draft. Never overwrites: a taken name gets -2, -3, ….\n\nExample:\n  digestsite new digest \"Kenya opens a geothermal plant\" mysite")
        {
            title, site, date,
        };
        command.SetAction(parse =>
        {
            DateOnly? day = null;
            if (parse.GetValue(date) is { } raw)
            {
                if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    Console.Error.WriteLine($"digestsite: error: --date must be YYYY-MM-DD, not '{raw}'");
                    return ExitCodes.Usage;
                }
                day = d;
            }
            var siteDir = parse.GetValue(site)!;
            SiteNotes.Print(siteDir);
            var result = DigestScaffolder.CreateDigest(siteDir, parse.GetValue(title)!, day);
            if (!Report(result)) return ExitCodes.Usage;
            Console.WriteLine("It is a draft: fill in the text, then delete the line 'draft: true' to publish it.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool Report(ScaffoldResult result)
    {
        if (!result.Ok)
        {
            Console.Error.WriteLine($"digestsite: error: {result.Refusal}");
            return false;
        }
        foreach (var path in result.Created) Console.WriteLine($"Created {Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/')}");
        return true;
    }

    private static string Quote(string path) => path.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? $"\"{path}\"" : path;
}

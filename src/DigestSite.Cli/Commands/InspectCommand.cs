using System.CommandLine;
using DigestSite.Build;
using DigestSite.Configuration;
using DigestSite.Inspection;

namespace DigestSite.Cli.Commands;

public static class InspectCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Digest files to inspect.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON array, an object per file (the contract's shape)." };
        var command = new Command("inspect", "Print how each digest file was understood: title, date, topics, sections, problems.\n\nExample:\n  digestsite inspect input/2026-09-14-kenya-solar.txt --json")
        {
            files, json,
        };
        command.SetAction(parse =>
        {
            SiteConfig config;
            try
            {
                config = ConfigLoader.LoadFromSite(".", out _);
            }
            catch (ConfigException e)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.Usage;
            }
            var reports = DigestReport.For(parse.GetValue(files)!, config);
            if (parse.GetValue(json))
                Console.WriteLine(DigestReport.ToJson(reports));
            else
                foreach (var r in reports) PrintText(r);
            return reports.Any(r => r.Diagnostics.Any(d => d.Severity == "error")) ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }

    private static void PrintText(DigestReport r)
    {
        Console.WriteLine(r.File);
        if (r.Title is not null)
        {
            Console.WriteLine($"  title:  {r.Title}");
            Console.WriteLine($"  slug:   {r.Slug}");
            Console.WriteLine($"  date:   {r.Date} ({r.DateSource})");
            Console.WriteLine($"  topics: {string.Join(", ", r.Topics.Select(t => $"{t.Name} ({t.Kind})"))}");
            if (r.Source is not null) Console.WriteLine($"  source: {r.Source}");
            foreach (var s in r.Sections)
                Console.WriteLine($"  [{s.Label}] {s.Headline}{(s.Headline.Length > 0 ? " " : "")}({s.Paragraphs.Count} paragraphs)");
        }
        foreach (var d in r.Diagnostics) Console.WriteLine($"  {r.File}:{d.Line}: {d.Severity}: {d.Message}");
    }
}

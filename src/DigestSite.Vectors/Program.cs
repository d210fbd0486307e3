using DigestSite.Build;
using DigestSite.Configuration;

namespace DigestSite.Vectors;

/// <summary>
/// <c>dotnet run --project src/DigestSite.Vectors -c Release -- [SITE_DIR]</c>: brings the site's vector store
/// (<c>SITE/.digestsite/vectors/MODEL.json</c>) up to date for the model <c>topics.model</c> names (all-MiniLM-L6-v2
/// when it names none): encodes the subjects and digests it lacks and drops the digests that are gone. Exit codes
/// are the <c>digestsite</c> tool's: 0 done, 1 some digests could not be read (the others are encoded), 2 a usage
/// or configuration mistake (nothing written), 70 a bug.
/// </summary>
public static class Program
{
    public const string Name = "digestsite-vectors";
    public const int Bug = 70;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Any(a => a is "-h" or "--help"))
        {
            output.WriteLine($"Usage: {Name} [SITE_DIR]\n\nEncodes the subjects and digests of the site (default: the current folder) that its " +
                             "vector store lacks, for topics.model in statiq.yml.");
            return ExitCodes.Success;
        }
        if (args.Length > 1 || args.Any(a => a.StartsWith('-')))
            return Fail(errors, ExitCodes.Usage, $"unexpected arguments '{string.Join(' ', args)}' (usage: {Name} [SITE_DIR])");
        var siteDir = args.Length == 1 ? args[0] : ".";
        if (!Directory.Exists(siteDir)) return Fail(errors, ExitCodes.Usage, $"site folder '{siteDir}' does not exist");
        try
        {
            SiteConfig config;
            try
            {
                config = ConfigLoader.LoadFromSite(siteDir, out _);
            }
            catch (ConfigException e)
            {
                errors.WriteLine(e.Message);
                return ExitCodes.Usage;
            }
            var site = SiteTexts.Read(siteDir, config);
            foreach (var problem in site.Problems) errors.WriteLine(problem.ToString());
            if (config.Topics.Model == TopicSettings.NoModel)
                output.WriteLine($"note: topics.model is not set in {ConfigLoader.FileName}; a build uses these vectors once it is '{TopicSettings.MiniLM}'");
            var model = config.Topics.Model == TopicSettings.NoModel ? TopicSettings.MiniLM : config.Topics.Model;
            var report = StoreUpdate.Run(siteDir, model, site, output);
            output.WriteLine(report);
            return site.Problems.Any(p => p.Severity == Diagnostics.Severity.Error) ? ExitCodes.Failed : ExitCodes.Success;
        }
        catch (IOException e)
        {
            return Fail(errors, ExitCodes.Usage, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return Fail(errors, ExitCodes.Usage, e.Message);
        }
        catch (Exception e)
        {
            errors.WriteLine($"{Name}: error: a bug: {e}");
            return Bug;
        }
    }

    private static int Fail(TextWriter errors, int code, string message)
    {
        errors.WriteLine($"{Name}: error: {message}");
        return code;
    }
}

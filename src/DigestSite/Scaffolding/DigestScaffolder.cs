using DigestSite.Configuration;
using DigestSite.Enrichment;
using DigestSite.Reading;

namespace DigestSite.Scaffolding;

/// <summary>
/// <c>digestsite new digest "Title" [SITE_DIR]</c>: writes <c>input/YYYY-MM-DD-slug.txt</c> with front matter
/// and the section skeleton. It never overwrites: when the name is taken (by a <c>.txt</c> or <c>.md</c>
/// digest), it takes the first free <c>-2</c>, <c>-3</c>, … — the suffixes the site gives colliding URLs.
/// The skeleton parses as it stands and is marked <c>draft: true</c>, so it stays out of the site until the
/// writer deletes that line.
/// </summary>
public static class DigestScaffolder
{
    private const int MaxSuffix = 1000;

    /// <summary>Loads the site's configuration (a <see cref="ConfigException"/> when it is invalid) for the
    /// input folder and the time zone "today" is taken in.</summary>
    public static ScaffoldResult CreateDigest(string siteDir, string title, DateOnly? date = null)
    {
        if (!Directory.Exists(siteDir))
            return ScaffoldResult.Refused($"site folder '{siteDir}' does not exist (create a site with: digestsite new site {siteDir})");
        var trimmed = title.Trim();
        if (trimmed.Length == 0)
            return ScaffoldResult.Refused("the title is empty; give it in quotes, e.g. digestsite new digest \"Kenya opens a geothermal plant\"");
        if (trimmed.Any(char.IsControl))
            return ScaffoldResult.Refused("the title must be a single line of text");

        var config = ConfigLoader.LoadFromSite(siteDir, out _);
        var day = date ?? Today(config);
        var inputDir = Path.Combine(Path.GetFullPath(siteDir), config.Paths.Input);
        Directory.CreateDirectory(inputDir);

        var stem = $"{day:yyyy-MM-dd}-{NonEmpty(Slug.From(trimmed))}";
        for (var n = 1; n <= MaxSuffix; n++)
        {
            var name = n == 1 ? stem : $"{stem}-{n}";
            if (InputReader.DigestExtensions.Any(ext => File.Exists(Path.Combine(inputDir, name + ext)))) continue;
            var path = Path.Combine(inputDir, name + ".txt");
            try
            {
                SiteScaffolder.WriteNew(path, StarterFiles.DigestSkeleton(trimmed, day));
                return new ScaffoldResult([path]);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Made by someone else between the check and the write: try the next suffix.
            }
        }
        return ScaffoldResult.Refused($"{MaxSuffix} digests named '{stem}' already exist in '{inputDir}'");
    }

    /// <summary>Today's date in the site's time zone, the zone a front matter date is read in.</summary>
    public static DateOnly Today(SiteConfig config)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(config.Site.Timezone, out var z) ? z : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
    }

    private static string NonEmpty(string slug) => slug.Length > 0 ? slug : "digest";
}

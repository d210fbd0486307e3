using DigestSite.Configuration;
using DigestSite.Writing;

namespace DigestSite.Build;

/// <summary>Where a build reads and writes, from the options and <c>statiq.yml</c>: every folder a full path.
/// A folder that cannot be used is a <see cref="ConfigException"/> before anything is read or written.</summary>
internal sealed record BuildSetup(string SiteDir, SiteConfig Config, string BaseUrl, string InputDir, string ThemeDir, string OutputDir)
{
    public string ConfigPath => Path.Combine(SiteDir, ConfigLoader.FileName);

    public static BuildSetup Load(BuildOptions options)
    {
        var siteDir = Path.GetFullPath(options.SiteDir);
        if (!Directory.Exists(siteDir))
            throw new ConfigException(options.SiteDir, 0, $"site folder '{options.SiteDir}' does not exist");
        if (options.BaseUrl is { } givenUrl && BaseUrlCheck.Problem(givenUrl) is { } badUrl)
            throw new ConfigException("--base-url", 0, badUrl);
        var config = ConfigLoader.LoadFromSite(siteDir, out _);
        var inputDir = Path.Combine(siteDir, config.Paths.Input);
        var themeDir = Path.Combine(siteDir, config.Paths.Theme);
        var outputDir = Path.GetFullPath(options.OutputDir ?? Path.Combine(siteDir, config.Paths.Output));
        InputGuards.CheckInputFolder(siteDir, inputDir, config);
        if (options.Write && OutputFolder.Refusal(outputDir, siteDir, inputDir, themeDir) is { } refusal)
            throw new ConfigException(options.OutputDir ?? config.Paths.Output, 0, refusal);
        return new BuildSetup(siteDir, config, options.BaseUrl ?? config.Site.BaseUrl, inputDir, themeDir, outputDir);
    }
}

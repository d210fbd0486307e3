using DigestSite.Configuration;
using DigestSite.Diagnostics;
using DigestSite.Reading;

namespace DigestSite.Build;

/// <summary>
/// What a build refuses before it writes anything, so that a wrong folder never turns into an empty site that
/// replaces the last good one: an input folder named in statiq.yml that is not there (a configuration error
/// naming <c>paths.input</c> and its line), and a site with no digest at all (an error, exit code 1, with the
/// output folder left as it was).
/// </summary>
public static class InputGuards
{
    /// <summary>Throws when statiq.yml names an input folder that does not exist. The default folder ('input')
    /// missing is left to <see cref="NoDigest"/>: a site without statiq.yml is allowed.</summary>
    public static void CheckInputFolder(string siteDir, string inputDir, SiteConfig config)
    {
        if (Directory.Exists(inputDir)) return;
        if (File.Exists(inputDir))
            throw new ConfigException(ConfigLoader.FileName, LineOf(siteDir), $"paths.input: '{config.Paths.Input}' is a file, not a folder of digests");
        if (ConfigSources.KeyLines(siteDir).TryGetValue("paths.input", out var line))
            throw new ConfigException(ConfigLoader.FileName, line, $"paths.input: the input folder '{config.Paths.Input}' does not exist");
    }

    /// <summary>The error of a site in which no digest was found (none read, or every file refused), or null.</summary>
    public static Diagnostic? NoDigest(string siteDir, string inputDir, int inputFiles, int digests, int skippedOther)
    {
        if (digests > 0) return null;
        var folder = InputReader.RelativePath(siteDir, inputDir) + "/";
        var message = !Directory.Exists(inputDir)
            ? $"no input folder: the digests go in {folder} (or the folder paths.input names in statiq.yml); nothing was built"
            : inputFiles > 0
                ? $"no digest could be read from the {inputFiles} file(s) in {folder} (see the errors above); nothing was written"
                : $"no digest found in {folder} (digests are .txt or .md files{(skippedOther > 0 ? $"; {skippedOther} other file(s) skipped" : "")}); nothing was written";
        return Diagnostic.Error(folder, 0, message, "no-digest");
    }

    private static int LineOf(string siteDir) =>
        ConfigSources.KeyLines(siteDir).TryGetValue("paths.input", out var line) ? line : 0;
}

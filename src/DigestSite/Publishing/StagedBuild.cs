using DigestSite.Build;
using DigestSite.Configuration;
using DigestSite.Writing;

namespace DigestSite.Publishing;

/// <summary>
/// The build a publish consumes: a normal build into a staging folder, with the configured production
/// <c>site.baseUrl</c> (or <c>--base-url</c>), no drafts and no future digests. A build with errors is not
/// published, nor one for a local base URL (<see cref="PublishGuards"/>).
/// </summary>
internal static class StagedBuild
{
    /// <summary>Builds into <paramref name="stagingDir"/> (which must not exist yet). Returns the build, or a
    /// failed publish result when there is nothing fit to publish.</summary>
    public static (BuildResult? Build, PublishResult? Failure) Run(PublishOptions options, string stagingDir)
    {
        BuildResult build;
        try
        {
            if (PublishGuards.LocalBaseUrl(options) is { } local) return (null, PublishResult.Refused(local));
            build = SiteBuilder.Build(new BuildOptions
            {
                SiteDir = options.SiteDir,
                OutputDir = stagingDir,
                BaseUrl = options.BaseUrl,
                Now = options.Now,
                UseCache = false, // a new staging folder each time: nothing to reuse
            });
        }
        catch (ConfigException e)
        {
            return (null, PublishResult.BuildFailed(e.Line > 0 ? e.Message : $"digestsite: error: {e.Reason}", null));
        }
        build = build with { Diagnostics = [.. build.Diagnostics, .. PublishGuards.Placeholders(options.SiteDir, build)] };
        if (build.ExitCode != ExitCodes.Success)
            return (build, PublishResult.BuildFailed(
                $"not published: the build found {build.Errors} errors and {build.Warnings} warnings (see above); fix them and publish again", build));
        return (build, null);
    }

    /// <summary>Files of the staging folder that are bookkeeping, not part of the site.</summary>
    public static bool IsManifest(string relativePath) => relativePath == OutputFolder.ManifestName;
}

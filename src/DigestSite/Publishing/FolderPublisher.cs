using DigestSite.Build;
using DigestSite.Configuration;
using DigestSite.Writing;

namespace DigestSite.Publishing;

/// <summary>
/// <c>publish --to DIR</c>: builds into a new folder beside DIR (same file system, so renames are atomic), then
/// swaps it in (<see cref="FolderSwap"/>). DIR keeps the build's manifest, the mark that DigestSite wrote it and
/// may replace it next time. Nothing is left beside DIR, also when the build or the swap fails.
/// </summary>
internal static class FolderPublisher
{
    public static PublishResult Publish(PublishOptions options, FolderTarget target)
    {
        var dir = Path.GetFullPath(target.Dir);
        if (dir.Length > 1) dir = dir.TrimEnd('/');
        if (Refusal(options.SiteDir, target, dir) is { } refusal) return refusal;

        var parent = Path.GetDirectoryName(dir)!;
        // What killed publishes left beside DIR (and in the temporary folder) goes first.
        StaleFolders.RemoveBeside(dir);
        StaleFolders.RemoveTemporary(Path.GetTempPath());
        var staging = Path.Combine(parent, StaleFolders.NewName(Path.GetFileName(dir) + ".digestsite-new-"));
        BuildResult? build = null;
        try
        {
            Directory.CreateDirectory(parent);
            (build, var failure) = StagedBuild.Run(options, staging);
            if (failure is not null) return failure;

            var changes = ChangeList.Between(dir, staging, StagedBuild.IsManifest);
            var digests = build!.Stats.Digests;
            if (options.DryRun)
                return new(PublishOutcome.DryRun, $"dry run: publishing {digests} digests to {dir} would make {changes.Summary}",
                    ExitCodes.Success, build, changes);
            if (changes.IsEmpty && OutputFolder.IsOurs(dir))
                return new(PublishOutcome.NothingToPublish, $"nothing to publish: {dir} already holds this site",
                    ExitCodes.Success, build, changes);

            var warning = FolderSwap.Replace(dir, staging);
            var message = $"published {digests} digests to {dir}: {changes.Summary}" + (warning is null ? "" : $"; warning: {warning}");
            return new(PublishOutcome.Published, message, ExitCodes.Success, build, changes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return PublishResult.Failed($"could not publish to {dir}: {e.Message}; it was left as it was", build);
        }
        finally
        {
            TryDelete(staging);
        }
    }

    private static PublishResult? Refusal(string siteDir, FolderTarget target, string dir)
    {
        SiteConfig config;
        try
        {
            config = ConfigLoader.LoadFromSite(siteDir, out _);
        }
        catch (ConfigException e)
        {
            return PublishResult.BuildFailed(e.Message, null);
        }
        var site = Path.GetFullPath(siteDir);
        if (OutputFolder.PlaceRefusal(dir, site, Path.Combine(site, config.Paths.Input), Path.Combine(site, config.Paths.Theme), "--to") is { } place)
            return PublishResult.Refused(place);
        if (File.Exists(dir))
            return PublishResult.Refused($"refusing to publish to {target.Dir}: it is a file, not a folder");
        // Swapping would replace the link itself with a folder, and whatever the link points to would be left stale.
        if (new DirectoryInfo(dir).LinkTarget is { } link)
            return PublishResult.Refused($"refusing to publish to {target.Dir}: it is a symbolic link (to {link}); publish to the folder it points to");
        if (!target.Force && Directory.Exists(dir) && !OutputFolder.IsOurs(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
            return PublishResult.Refused(
                $"refusing to replace {target.Dir}: it is not empty and was not written by DigestSite (no {OutputFolder.ManifestName}); " +
                "empty it, choose another --to, or pass --force to replace it");
        return null;
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the publish result already says what happened to the target.
        }
    }
}

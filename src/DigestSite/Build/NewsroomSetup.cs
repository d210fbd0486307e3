using DigestSite.Configuration;
using DigestSite.Diagnostics;
using DigestSite.Enrichment;
using DigestSite.Images;
using DigestSite.Rendering;
using DigestSite.Site;
using DigestSite.Themes;

namespace DigestSite.Build;

/// <summary>Prepares what the newsroom features need before the site model is made: the theme's strings for
/// <c>site.language</c>, the lead images found and measured (missing ones reported), the <c>static/</c> folder's
/// files, and where resized images are kept.</summary>
internal static class NewsroomSetup
{
    public const string ImageCacheFolder = "images";

    public static SiteNewsroom Prepare(SiteConfig config, string siteDir, string inputDir, Theme theme,
        IReadOnlyList<EnrichedDigest> digests, string baseUrl, BuildOptions options, DiagnosticBag diagnostics)
    {
        var strings = ThemeStrings.Load(theme, config.Site.Language);
        var staticDir = Path.Combine(siteDir, StaticFiles.Folder);
        var cache = options.Write && options.UseCache
            ? new ImageCache(Path.Combine(siteDir, Caching.IncrementalBuild.CacheFolder, ImageCacheFolder))
            : ImageCache.None;
        var images = SiteImages.Resolve(digests, new ImageFolders(siteDir, inputDir, staticDir), new Routes(baseUrl), cache, diagnostics);
        return new SiteNewsroom(strings, images, StaticFiles.Find(staticDir));
    }
}

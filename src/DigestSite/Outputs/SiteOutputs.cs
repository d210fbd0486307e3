using DigestSite.Rendering;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>
/// The post-process outputs that are not templated pages (assets, and later feeds, sitemaps, search index).
/// Each sees the whole site model, so it runs after every digest is known.
/// </summary>
public static class SiteOutputs
{
    public static IEnumerable<OutputFile> Generate(SiteModel site, Theme theme)
    {
        foreach (var asset in ThemeAssets.Copy(theme)) yield return asset;
    }
}

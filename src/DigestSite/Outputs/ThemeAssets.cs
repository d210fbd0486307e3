using DigestSite.Rendering;
using DigestSite.Site;
using DigestSite.Themes;

namespace DigestSite.Outputs;

/// <summary>Copies the theme's <c>assets/</c> to <c>/assets/</c> unchanged.</summary>
public static class ThemeAssets
{
    public static IEnumerable<OutputFile> Copy(Theme theme) =>
        theme.Assets.Select(a => new OutputFile(a.RelativePath, a.Bytes, a.DisplayPath));
}

namespace DigestSite.Validation.Rules;

/// <summary>Which attributes of which elements hold a URL the browser will follow or fetch.</summary>
public static class UrlAttributes
{
    private static readonly string[] Href = ["href"];
    private static readonly string[] Src = ["src"];
    private static readonly string[] VideoUrls = ["src", "poster"];

    public static string[] Of(string localName) => localName switch
    {
        "a" or "area" or "link" => Href,
        "img" or "script" or "source" or "iframe" or "audio" or "track" or "embed" => Src,
        "video" => VideoUrls,
        _ => [],
    };

    /// <summary>img and source also name candidate images in srcset.</summary>
    public static bool HasSrcset(string localName) => localName is "img" or "source";

    /// <summary>The URLs of a srcset ("a.jpg 1x, b.jpg 2x"): each candidate is a URL, then an optional
    /// descriptor, separated by commas.</summary>
    public static IEnumerable<string> SrcsetUrls(string srcset)
    {
        foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = candidate.IndexOfAny([' ', '\t', '\n', '\r', '\f']);
            yield return space < 0 ? candidate : candidate[..space];
        }
    }
}

using DigestSite.Site;

namespace DigestSite.Validation;

/// <summary>What a link points at, from the point of view of the site being built.</summary>
public readonly record struct LinkTarget(LinkKind Kind, string Path, string? Fragment);

public enum LinkKind { External, Internal, OutsideBasePath, Empty }

/// <summary>
/// Resolves hrefs the way a browser would, against the page's own URL: root-relative ("/news/digests/x/"),
/// relative ("./", "../x/", "x.html"), fragment-only ("#id") and absolute URLs on the site's own base URL all
/// become an output path ("digests/x/index.html"). Other hosts and schemes are external and not fetched.
/// </summary>
public sealed class LinkResolver(Routes routes)
{
    private static readonly string[] IgnoredSchemes = ["mailto:", "tel:", "javascript:", "data:", "sms:"];

    public LinkTarget Resolve(string href, string pagePath)
    {
        var h = href.Trim();
        if (h.Length == 0) return new LinkTarget(LinkKind.Empty, "", null);
        if (IgnoredSchemes.Any(s => h.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            return new LinkTarget(LinkKind.External, h, null);

        string? fragment = null;
        var hash = h.IndexOf('#');
        if (hash >= 0) { fragment = Uri.UnescapeDataString(h[(hash + 1)..]); h = h[..hash]; }
        var query = h.IndexOf('?');
        if (query >= 0) h = h[..query];

        if (h.Length == 0) // "#id" or "?q": this very page
            return new LinkTarget(LinkKind.Internal, pagePath, fragment);

        string path;
        if (h.StartsWith("//", StringComparison.Ordinal) || HasScheme(h))
        {
            if (!h.StartsWith(routes.BaseUrl, StringComparison.OrdinalIgnoreCase))
                return new LinkTarget(LinkKind.External, h, fragment);
            path = h[routes.BaseUrl.Length..];
        }
        else if (h.StartsWith('/'))
        {
            if (!h.StartsWith(routes.BasePath, StringComparison.Ordinal))
                return new LinkTarget(LinkKind.OutsideBasePath, h, fragment);
            path = h[routes.BasePath.Length..];
        }
        else
        {
            var dir = pagePath.Contains('/') ? pagePath[..(pagePath.LastIndexOf('/') + 1)] : "";
            path = dir + h;
        }

        var normalized = Normalize(Uri.UnescapeDataString(path));
        return normalized is null
            ? new LinkTarget(LinkKind.OutsideBasePath, href, fragment)
            : new LinkTarget(LinkKind.Internal, normalized, fragment);
    }

    /// <summary>"scheme:" at the start (RFC 3986: a letter, then letters, digits, + - .). Not Uri.TryCreate,
    /// which on Unix reads "/x" as an absolute file URI.</summary>
    private static bool HasScheme(string h)
    {
        var colon = h.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(h[0])) return false;
        for (var i = 1; i < colon; i++)
            if (!(char.IsAsciiLetterOrDigit(h[i]) || h[i] is '+' or '-' or '.')) return false;
        return true;
    }

    /// <summary>Collapses "." and ".." segments; a folder link ("x/" or "") means its index.html. Null when
    /// ".." climbs above the site root.</summary>
    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var s = segments[i];
            if (s is "" or ".") continue;
            if (s == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(s);
        }
        var endsAsFolder = path.Length == 0 || path.EndsWith('/') || segments[^1] is "." or "..";
        if (endsAsFolder) parts.Add("index.html");
        return string.Join('/', parts);
    }
}

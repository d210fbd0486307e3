using DigestSite.Site;

namespace DigestSite.Validation;

/// <summary>What a link points at, from the point of view of the site being built. For internal links
/// <see cref="Path"/> is an output path ("digests/x/index.html"); the fragment is percent-decoded.</summary>
public readonly record struct LinkTarget(LinkKind Kind, string Path, string? Fragment);

public enum LinkKind { External, Internal, OutsideBasePath, Empty }

/// <summary>
/// Resolves a URL the way a browser would, against the URL the page will be served at (base path + output
/// path): root-relative ("/news/digests/x/"), relative ("./", "../x/", "x.html"), fragment-only ("#id") and
/// absolute or scheme-relative URLs on the site's own host all become an output path. Other hosts and
/// schemes are external: they are not fetched, so a build never waits on the network.
/// </summary>
public sealed class LinkResolver
{
    private readonly Uri _base;
    private readonly string _basePath;

    public LinkResolver(Routes routes)
    {
        _base = new Uri(routes.BaseUrl);
        _basePath = routes.BasePath;
    }

    public LinkTarget Resolve(string href, string pagePath)
    {
        // Browsers strip leading and trailing ASCII whitespace from URL attributes.
        var h = href.AsSpan().Trim(" \t\n\r\f");
        if (h.IsEmpty) return new LinkTarget(LinkKind.Empty, "", null);

        string? fragment = null;
        var hash = h.IndexOf('#');
        if (hash >= 0)
        {
            fragment = Decode(h[(hash + 1)..]);
            h = h[..hash];
        }
        var query = h.IndexOf('?');
        if (query >= 0) h = h[..query];

        if (h.IsEmpty) // "#id" or "?q": this very page
            return new LinkTarget(LinkKind.Internal, pagePath, fragment);

        string urlPath;
        if (h.StartsWith("//") || HasScheme(h))
        {
            var absolute = h.StartsWith("//") ? _base.Scheme + ":" + h.ToString() : h.ToString();
            if (!Uri.TryCreate(absolute, UriKind.Absolute, out var uri) || !IsOwnHost(uri))
                return new LinkTarget(LinkKind.External, href, fragment);
            urlPath = uri.AbsolutePath;
        }
        else if (h[0] == '/')
            urlPath = h.ToString();
        else
            urlPath = string.Concat(_basePath, Folder(pagePath), h);

        if (urlPath.Contains("/.", StringComparison.Ordinal)) urlPath = RemoveDotSegments(urlPath);

        if (!urlPath.StartsWith(_basePath, StringComparison.Ordinal))
        {
            // "/news" for a site at "/news/" is the home page (hosts redirect it).
            if (urlPath.Length + 1 == _basePath.Length && _basePath.StartsWith(urlPath, StringComparison.Ordinal))
                return new LinkTarget(LinkKind.Internal, "index.html", fragment);
            return new LinkTarget(LinkKind.OutsideBasePath, urlPath, fragment);
        }

        var path = Decode(urlPath.AsSpan(_basePath.Length));
        if (path.Length == 0 || path[^1] == '/') path += "index.html";
        return new LinkTarget(LinkKind.Internal, path, fragment);
    }

    /// <summary>Whether a URL resolves to the same target from every page of the site: root-relative,
    /// scheme-relative and absolute URLs do; relative ones and "#id" or "?q" (this very page) do not.</summary>
    public static bool IsSameOnEveryPage(ReadOnlySpan<char> href)
    {
        var h = href.Trim(" \t\n\r\f");
        return !h.IsEmpty && (h[0] == '/' || HasScheme(h));
    }

    /// <summary>"http:", "mailto:", "data:"... (a scheme is letters, digits, "+", "-", "." before the first
    /// colon, and comes before any "/").</summary>
    private static bool HasScheme(ReadOnlySpan<char> h)
    {
        if (!char.IsAsciiLetter(h[0])) return false;
        for (var i = 1; i < h.Length; i++)
        {
            var c = h[i];
            if (c == ':') return true;
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return false;
        }
        return false;
    }

    /// <summary>Same host and port as the base URL; http and https count as the same site.</summary>
    private bool IsOwnHost(Uri uri) =>
        uri.Scheme is "http" or "https"
        && string.Equals(uri.Host, _base.Host, StringComparison.OrdinalIgnoreCase)
        && (uri.Port == _base.Port || uri.IsDefaultPort && _base.IsDefaultPort);

    /// <summary>The folder of an output path, with its trailing slash ("digests/x/" for
    /// "digests/x/index.html"): relative links are resolved against it.</summary>
    private static ReadOnlySpan<char> Folder(string pagePath)
    {
        var slash = pagePath.LastIndexOf('/');
        return slash < 0 ? ReadOnlySpan<char>.Empty : pagePath.AsSpan(0, slash + 1);
    }

    /// <summary>RFC 3986 dot-segment removal: "." is dropped, ".." removes the segment before it and, as in a
    /// browser, stops at the root rather than failing.</summary>
    internal static string RemoveDotSegments(string path)
    {
        var segments = path.Split('/');
        var kept = new List<string>(segments.Length);
        for (var i = 1; i < segments.Length; i++) // segments[0] is "" (the path starts with '/')
        {
            var s = segments[i];
            var last = i == segments.Length - 1;
            if (s == ".")
            {
                if (last) kept.Add("");
            }
            else if (s == "..")
            {
                if (kept.Count > 0) kept.RemoveAt(kept.Count - 1);
                if (last) kept.Add("");
            }
            else kept.Add(s);
        }
        return "/" + string.Join('/', kept);
    }

    private static string Decode(ReadOnlySpan<char> s) =>
        s.Contains('%') ? Uri.UnescapeDataString(s.ToString()) : s.ToString();
}

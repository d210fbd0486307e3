namespace DigestSite.Content.Markup;

/// <summary>
/// The URL-scheme allow-list for every href and src that comes from content: http, https, mailto, and
/// relative URLs (no scheme). Anything else (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, …) is refused,
/// and the caller shows the link's words without a link. Browsers ignore tabs, line breaks and leading control
/// characters inside a scheme, so those are set aside before the scheme is read.
/// </summary>
public static class ContentUrls
{
    public static bool IsAllowed(string? url)
    {
        if (url is null) return false;
        Span<char> scheme = stackalloc char[16];
        var length = 0;
        foreach (var c in url)
        {
            if (c <= ' ' || c is '\u007f') continue; // ignored by browsers inside and before a scheme
            if (c == ':') return length > 0 && IsAllowedScheme(scheme[..length]);
            if (c is '/' or '?' or '#') return true; // a path, query or fragment before any colon: relative
            if (length == scheme.Length) return true; // no scheme is this long; a colon later is in the path
            scheme[length++] = char.ToLowerInvariant(c);
        }
        return true;
    }

    /// <summary>Whether <paramref name="url"/> is an absolute http or https URL.</summary>
    public static bool IsAbsoluteHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static bool IsAllowedScheme(ReadOnlySpan<char> scheme) =>
        scheme.SequenceEqual("http") || scheme.SequenceEqual("https") || scheme.SequenceEqual("mailto");
}

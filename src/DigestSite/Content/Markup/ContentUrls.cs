namespace DigestSite.Content.Markup;

/// <summary>
/// The URL-scheme allow-list for every href and src that comes from content, as the site's one rule
/// (<see cref="SafeUrl"/>: http, https, mailto, tel and relative URLs). Anything else (<c>javascript:</c>,
/// <c>data:</c>, …) is refused, and the caller shows the link's words without a link.
/// </summary>
public static class ContentUrls
{
    public static bool IsAllowed(string? url) => url is not null && SafeUrl.IsAllowed(url);

    /// <summary>Whether <paramref name="url"/> is an absolute http or https URL.</summary>
    public static bool IsAbsoluteHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}

namespace DigestSite.Publishing;

/// <summary>Keeps credentials written into a remote URL (<c>https://user:token@host/...</c>, common in CI) out
/// of everything DigestSite prints.</summary>
internal static class GitUrl
{
    /// <summary>The <c>user:token</c> part of the URL, or null when it has none.</summary>
    public static string? UserInfo(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0 && uri.Scheme is "http" or "https"
            ? uri.UserInfo
            : null;

    /// <summary>A local path (<c>../pages.git</c>) made absolute: git runs in a temporary folder, where a relative
    /// path would mean something else. URLs (<c>scheme://</c>) and scp-like addresses (<c>host:path</c>) are kept.</summary>
    public static string Resolve(string url)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOf('/');
        var isUrl = url.Contains("://", StringComparison.Ordinal) || (colon > 0 && (slash < 0 || colon < slash));
        return isUrl ? url : Path.GetFullPath(url);
    }

    public static string Redact(string url) =>
        UserInfo(url) is { } secret ? url.Replace(secret + "@", "***@", StringComparison.Ordinal) : url;
}

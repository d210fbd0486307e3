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

    public static string Redact(string url) =>
        UserInfo(url) is { } secret ? url.Replace(secret + "@", "***@", StringComparison.Ordinal) : url;
}

namespace DigestSite.Configuration;

/// <summary>Whether a base URL given on the command line (<c>--base-url</c>) can be a site's address: an absolute
/// http or https URL with a host, as <c>site.baseUrl</c> must be.</summary>
public static class BaseUrlCheck
{
    /// <summary>What is wrong with <paramref name="url"/>, or null when it is a fine base URL.</summary>
    public static string? Problem(string url, string name = "--base-url")
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0)
            return null;
        return $"{name} must be an absolute http or https URL such as https://example.org/news/, not '{url}'";
    }
}

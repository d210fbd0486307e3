using System.Net;
using DigestSite.Build;
using DigestSite.Configuration;
using DigestSite.Diagnostics;
using DigestSite.Scaffolding;

namespace DigestSite.Publishing;

/// <summary>
/// What a publish checks that a build does not: a base URL that only this machine can open (the default
/// <c>http://localhost:5080/</c> left in statiq.yml would publish a site whose links, feeds and sitemaps point
/// at the reader's own computer), and digests that still hold the instructions <c>new digest</c> wrote.
/// </summary>
public static class PublishGuards
{
    /// <summary>Why the publish is refused for its base URL, or null. An explicit <c>--base-url</c> or
    /// <c>--allow-local</c> is the user saying they mean it.</summary>
    public static string? LocalBaseUrl(PublishOptions options)
    {
        if (options.AllowLocal || options.BaseUrl is not null || !Directory.Exists(options.SiteDir)) return null;
        var config = ConfigLoader.LoadFromSite(options.SiteDir, out _);
        if (!IsLocal(config.Site.BaseUrl)) return null;
        var where = ConfigSources.KeyLines(options.SiteDir).TryGetValue("site.baseUrl", out var line)
            ? $"{ConfigLoader.FileName}:{line}" : "the default; statiq.yml does not set it";
        return $"not published: site.baseUrl is {config.Site.BaseUrl} ({where}), an address that opens only on the " +
               "reader's own computer; set site.baseUrl to the site's public address (or use --base-url URL, or --allow-local)";
    }

    /// <summary>localhost (and its subdomains), loopback and unspecified addresses.</summary>
    public static bool IsLocal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
        var host = uri.Host.TrimStart('[').TrimEnd(']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        return IPAddress.TryParse(host, out var ip) && (IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any));
    }

    /// <summary>A warning for each line of a published digest that is still placeholder text of
    /// <c>new digest</c>.</summary>
    public static IReadOnlyList<Diagnostic> Placeholders(string siteDir, BuildResult build)
    {
        var found = new List<Diagnostic>();
        if (build.Site is null) return found;
        foreach (var digest in build.Site.Digests)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(Path.Combine(siteDir, digest.SourcePath));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            for (var i = 0; i < lines.Length; i++)
                if (StarterFiles.Placeholders.Contains(lines[i].Trim()))
                    found.Add(Diagnostic.Warning(digest.SourcePath, i + 1,
                        $"placeholder text left by 'digestsite new digest': '{lines[i].Trim()}'", "placeholder"));
        }
        return found;
    }
}

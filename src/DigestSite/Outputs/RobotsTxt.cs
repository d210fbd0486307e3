using System.Text;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary><c>/robots.txt</c>: everything may be crawled; the sitemaps are named by absolute URL. (Crawlers read
/// robots.txt only at a host's root, so a site under a path relies on the sitemap being submitted instead.)</summary>
public static class RobotsTxt
{
    public static OutputFile Generate(SiteModel site)
    {
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow:\n")
            .Append('\n')
            .Append("Sitemap: ").Append(site.Routes.Absolute(Routes.Sitemap)).Append('\n')
            .Append("Sitemap: ").Append(site.Routes.Absolute(Routes.NewsSitemap)).Append('\n')
            .ToString();
        return new OutputFile(Routes.Robots, Encoding.UTF8.GetBytes(text), "robots.txt");
    }
}

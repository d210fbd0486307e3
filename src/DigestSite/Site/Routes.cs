namespace DigestSite.Site;

/// <summary>
/// The contract's URL scheme in one place. Output paths are relative to the output folder
/// ("digests/x/index.html"); links are root-relative and carry the path of <c>baseUrl</c> ("/news/digests/x/");
/// absolute URLs are only for standards that need them (canonical, OpenGraph, feeds, sitemaps).
/// </summary>
public sealed class Routes
{
    public Routes(string baseUrl)
    {
        BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        BasePath = new Uri(BaseUrl).AbsolutePath;
    }

    /// <summary>Absolute, ending in a slash: "https://user.github.io/news/".</summary>
    public string BaseUrl { get; }

    /// <summary>The path part of the base URL, starting and ending with a slash: "/news/".</summary>
    public string BasePath { get; }

    public static string Home(int page) => page <= 1 ? "index.html" : $"page/{page}/index.html";
    public static string Digest(string slug) => $"digests/{slug}/index.html";
    public const string TopicIndex = "topics/index.html";
    public static string Topic(string topicSlug, int page = 1) =>
        page <= 1 ? $"topics/{topicSlug}/index.html" : $"topics/{topicSlug}/page/{page}/index.html";
    public static string TopicFeed(string topicSlug) => $"topics/{topicSlug}/feed.xml";
    public const string ArchiveIndex = "archive/index.html";
    public static string ArchiveMonth(int year, int month, int page = 1) =>
        page <= 1 ? $"archive/{year:D4}/{month:D2}/index.html" : $"archive/{year:D4}/{month:D2}/page/{page}/index.html";
    public const string Search = "search/index.html";
    public const string RssFeed = "feed.xml";
    public const string AtomFeed = "atom.xml";
    public const string JsonFeed = "feed.json";
    public const string Sitemap = "sitemap.xml";
    public const string NewsSitemap = "news-sitemap.xml";
    public const string Robots = "robots.txt";
    /// <summary>The search index's manifest; the files it names are beside it, named by their content.</summary>
    public const string SearchIndex = "search/manifest.json";
    public const string NotFound = "404.html";
    public static string Asset(string name) => $"assets/{name}";
    public static string Author(string authorSlug, int page = 1) =>
        page <= 1 ? $"authors/{authorSlug}/index.html" : $"authors/{authorSlug}/page/{page}/index.html";
    public static string AuthorFeed(string authorSlug) => $"authors/{authorSlug}/feed.xml";

    /// <summary>Root-relative link to an output path, as pretty URL: ".../index.html" becomes ".../".</summary>
    public string Link(string outputPath) => BasePath + Pretty(outputPath);

    /// <summary>Absolute URL of an output path, as pretty URL.</summary>
    public string Absolute(string outputPath) => BaseUrl + Pretty(outputPath);

    private static string Pretty(string outputPath) =>
        outputPath == "index.html" ? "" :
        outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath;
}

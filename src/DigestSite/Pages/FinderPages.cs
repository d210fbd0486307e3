using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>The search page and the "not found" page: single pages that help a reader find a digest.</summary>
public static class FinderPages
{
    public const string SearchTemplate = "search";
    public const string NotFoundTemplate = "not-found";
    private const int FallbackTopics = 30;
    private const int LatestOnNotFound = 5;

    public static PageJob Search(SiteModel site, ViewFactory views, PageSources? sources = null)
    {
        var r = site.Routes;
        var topics = site.Topics.Take(FallbackTopics)
            .Select(g => new LinkView(g.Topic.Name, r.Link(Routes.Topic(g.Topic.Slug))))
            .ToList();
        var view = new SearchView(r.Link(Routes.SearchIndex), r.Link(Routes.Asset("search.js")), topics, site.Digests.Length);
        var meta = new PageMeta("Search", $"Search every digest of {site.Config.Site.Title}: titles, topics, headlines and text.",
            r.Absolute(Routes.Search)) { Kind = "search" };
        return new PageJob(Routes.Search, SearchTemplate, () => new PageModel(views.Site, meta) { Search = view }, "search page",
            sources?.Page("search page", meta, view));
    }

    /// <summary>The 404 page: its latest digests go into its source key as cards, and their views are made only
    /// when it is rendered.</summary>
    public static PageJob NotFound(SiteModel site, ViewFactory views, PageSources? sources = null)
    {
        var latest = site.Digests.Slice(0, Math.Min(LatestOnNotFound, site.Digests.Length));
        var meta = new PageMeta("Page not found", "The page you asked for is not here.",
            site.Routes.Absolute(Routes.NotFound)) { Kind = "not-found", NoIndex = true };
        return new PageJob(Routes.NotFound, NotFoundTemplate,
            () => new PageModel(views.Site, meta) { NotFound = new NotFoundView(latest.Select(views.Summary).ToList()) },
            "404 page", sources?.Page("404 page", meta, view: null, latest.AsSpan()));
    }
}

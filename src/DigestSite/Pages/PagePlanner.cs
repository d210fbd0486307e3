using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>
/// Decides every HTML page of the site and the model each gets, before anything is rendered (each model is
/// built when its page is: see <see cref="PageJob"/>). The order of the list is the order of the URL table;
/// each part lives in its own planner.
/// </summary>
public static class PagePlanner
{
    /// <param name="related">Related digests an earlier build ranked (an incremental build's), or null.</param>
    public static IReadOnlyList<PageJob> Plan(SiteModel site, RelatedMemory? related = null)
    {
        var views = new ViewFactory(site);
        var sources = PageSources.For(site, views.Site);
        var jobs = new List<PageJob>();
        jobs.AddRange(DigestPages.Plan(site, views, sources, related));
        jobs.AddRange(ListPages.Home(site, views, sources));
        jobs.AddRange(ListPages.Topics(site, views, sources));
        jobs.Add(ListPages.TopicIndex(site, views, sources));
        jobs.AddRange(ArchivePages.Plan(site, views, sources));
        jobs.Add(FinderPages.Search(site, views, sources));
        jobs.Add(FinderPages.NotFound(site, views, sources));
        return jobs;
    }
}

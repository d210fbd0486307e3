using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>
/// Decides every HTML page of the site and the model each gets, before anything is rendered. The order of the
/// list is the order of the URL table; each part lives in its own planner.
/// </summary>
public static class PagePlanner
{
    /// <param name="related">Related digests an earlier build ranked (an incremental build's), or null.</param>
    public static IReadOnlyList<PageJob> Plan(SiteModel site, RelatedMemory? related = null)
    {
        var views = new ViewFactory(site);
        var jobs = new List<PageJob>();
        jobs.AddRange(DigestPages.Plan(site, views, related));
        jobs.AddRange(ListPages.Home(site, views));
        jobs.AddRange(ListPages.Topics(site, views));
        jobs.Add(ListPages.TopicIndex(site, views));
        jobs.AddRange(ArchivePages.Plan(site, views));
        jobs.Add(FinderPages.Search(site, views));
        jobs.Add(FinderPages.NotFound(site, views));
        return jobs;
    }
}

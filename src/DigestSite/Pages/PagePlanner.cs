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
        var sources = PageSources.For(site, views);
        // Each list page's key hashes the cards it shows, thousands of pages in all: the lists are planned in
        // parallel, one part for the home pages, one for the archive, one per topic, and put together in order.
        var topics = site.Topics;
        var lists = new List<PageJob>[topics.Length + 2];
        Parallel.For(0, lists.Length, i => lists[i] = i switch
        {
            0 => [.. ListPages.Home(site, views, sources)],
            1 => [.. ArchivePages.Plan(site, views, sources)],
            _ => [.. ListPages.Topic(site, views, sources, topics[i - 2])],
        });
        var (home, archive) = (lists[0], lists[1]);

        var jobs = new List<PageJob>();
        jobs.AddRange(DigestPages.Plan(site, views, sources, related));
        jobs.AddRange(home);
        for (var i = 2; i < lists.Length; i++) jobs.AddRange(lists[i]);
        jobs.Add(ListPages.TopicIndex(site, views, sources));
        jobs.AddRange(archive);
        jobs.AddRange(AuthorPages.Plan(site, views, sources));
        jobs.Add(FinderPages.Search(site, views, sources));
        jobs.Add(FinderPages.NotFound(site, views, sources));
        return jobs;
    }
}

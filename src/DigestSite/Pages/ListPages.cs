using DigestSite.Topics;
using System.Collections.Immutable;
using DigestSite.Enrichment;
using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>Pages that list digests (home, topics) and the topic index; <see cref="Paged"/> also serves the
/// archive months.</summary>
public static class ListPages
{
    public static IEnumerable<PageJob> Home(SiteModel site, ViewFactory views, PageSources? sources = null)
    {
        var description = string.IsNullOrEmpty(site.Config.Site.Description)
            ? $"The latest news digests from {site.Config.Site.Title}."
            : site.Config.Site.Description;
        return Paged(site, views, sources, site.Digests, Routes.Home, "home", site.Config.Site.Title, null, n =>
            new PageMeta(n == 1 ? site.Config.Site.Title : $"{site.Config.Site.Title}, page {n}", description,
                site.Routes.Absolute(Routes.Home(n))) { Kind = "home", FeedUrl = views.Site.FeedUrl },
            origin: "home");
    }

    /// <summary>The pages of one topic's list.</summary>
    public static IEnumerable<PageJob> Topic(SiteModel site, ViewFactory views, PageSources? sources, TopicGroup group)
    {
        var t = group.Topic;
        var count = group.Digests.Length;
        var digests = count == 1 ? "1 digest" : $"{count} digests";
        // The page says what the topic is: a subject's definition, a place's country or continent.
        var intro = TopicAbout.For(site.Config.Topics).Of(t.Name) is { } about ? $"{about}. {digests}" : digests;
        return Paged(site, views, sources, group.Digests, n => Routes.Topic(t.Slug, n), "topic", t.Name, intro, n =>
            new PageMeta(n == 1 ? t.Name : $"{t.Name}, page {n}",
                $"News digests about {t.Name}: {digests}.", site.Routes.Absolute(Routes.Topic(t.Slug, n)))
                { Kind = "topic", FeedUrl = site.Routes.Link(Routes.TopicFeed(t.Slug)) },
            origin: $"topic '{t.Name}'");
    }

    public static PageJob TopicIndex(SiteModel site, ViewFactory views, PageSources? sources = null)
    {
        var topics = site.Topics
            .Select(g => new TopicCountView(g.Topic.Name, site.Routes.Link(Routes.Topic(g.Topic.Slug)), g.Digests.Length))
            .ToList();
        var meta = new PageMeta("Topics", $"All {topics.Count} topics of {site.Config.Site.Title}, most covered first.",
            site.Routes.Absolute(Routes.TopicIndex)) { Kind = "topics" };
        var view = new TopicIndexView(topics);
        return new PageJob(Routes.TopicIndex, "topics", () => new PageModel(views.Site, meta) { TopicIndex = view }, "topic index",
            sources?.Page("topic index", meta, view));
    }

    /// <summary>
    /// The pages of one list. Each page's model is built only when the page is rendered; its source key is made
    /// of everything that model is built from besides the build's settings: its head (<paramref name="meta"/>
    /// of its number, with the links to the pages either side), the heading, intro and length of the list, its
    /// number, the number of pages and their links, and its own slice of the digests.
    /// </summary>
    internal static IEnumerable<PageJob> Paged(SiteModel site, ViewFactory views, PageSources? sources,
        ImmutableArray<EnrichedDigest> digests, Func<int, string> pathOfPage, string template, string heading, string? intro,
        Func<int, PageMeta> meta, string origin, Action<KeyHash>? extra = null)
    {
        var pages = new Paginator(digests.Length, site.Config.PageSize, pathOfPage, site.Routes.Link);
        var links = sources is null ? null : PageSources.Links(pages);
        if (extra is not null && links is not null)
        {
            // What a page shows besides the list (an author's profile) goes into its key with the page links.
            var hash = new KeyHash("page links and more").Bytes(links);
            extra(hash);
            links = hash.Finish();
        }
        for (var n = 1; n <= pages.Total; n++)
        {
            var number = n;
            var pageMeta = meta(n) with { PrevUrl = pages.PrevUrl(n), NextUrl = pages.NextUrl(n) };
            var key = sources?.ListPage(pageMeta, heading, intro, n, pages, links!, digests);
            yield return new PageJob(pages.OutputPath(n), template, () =>
            {
                var (start, count) = pages.Slice(number, digests.Length);
                var items = new List<DigestSummaryView>(count);
                for (var i = start; i < start + count; i++) items.Add(views.Summary(digests[i]));
                var list = new ListView(heading, intro, items, pages.View(number)) { TotalCount = digests.Length };
                return new PageModel(views.Site, pageMeta) { List = list };
            }, $"{origin} via {template}", key);
        }
    }
}

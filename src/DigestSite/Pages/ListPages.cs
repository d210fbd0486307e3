using DigestSite.Enrichment;
using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>Pages that list digests (home, topics) and the topic index; <see cref="Paged"/> also serves the
/// archive months.</summary>
public static class ListPages
{
    public static IEnumerable<PageJob> Home(SiteModel site, ViewFactory views)
    {
        var description = string.IsNullOrEmpty(site.Config.Site.Description)
            ? $"The latest news digests from {site.Config.Site.Title}."
            : site.Config.Site.Description;
        return Paged(site, views, site.Digests, Routes.Home, "home", site.Config.Site.Title, null, n =>
            new PageMeta(n == 1 ? site.Config.Site.Title : $"{site.Config.Site.Title}, page {n}", description,
                site.Routes.Absolute(Routes.Home(n))) { Kind = "home", FeedUrl = views.Site.FeedUrl },
            origin: "home");
    }

    public static IEnumerable<PageJob> Topics(SiteModel site, ViewFactory views) =>
        site.Topics.SelectMany(group =>
        {
            var t = group.Topic;
            var count = group.Digests.Length;
            var intro = count == 1 ? "1 digest" : $"{count} digests";
            return Paged(site, views, group.Digests, n => Routes.Topic(t.Slug, n), "topic", t.Name, intro, n =>
                new PageMeta(n == 1 ? t.Name : $"{t.Name}, page {n}",
                    $"News digests about {t.Name}: {intro}.", site.Routes.Absolute(Routes.Topic(t.Slug, n)))
                    { Kind = "topic", FeedUrl = site.Routes.Link(Routes.TopicFeed(t.Slug)) },
                origin: $"topic '{t.Name}'");
        });

    public static PageJob TopicIndex(SiteModel site, ViewFactory views)
    {
        var topics = site.Topics
            .Select(g => new TopicCountView(g.Topic.Name, site.Routes.Link(Routes.Topic(g.Topic.Slug)), g.Digests.Length))
            .ToList();
        var meta = new PageMeta("Topics", $"All {topics.Count} topics of {site.Config.Site.Title}, most covered first.",
            site.Routes.Absolute(Routes.TopicIndex)) { Kind = "topics" };
        return new PageJob(Routes.TopicIndex, "topics", new PageModel(views.Site, meta) { TopicIndex = new TopicIndexView(topics) }, "topic index");
    }

    internal static IEnumerable<PageJob> Paged(SiteModel site, ViewFactory views, IReadOnlyList<EnrichedDigest> digests,
        Func<int, string> pathOfPage, string template, string heading, string? intro, Func<int, PageMeta> meta, string origin)
    {
        foreach (var (n, items, path, pagination) in Paginator.Paginate(digests, site.Config.PageSize, pathOfPage, site.Routes.Link))
        {
            var list = new ListView(heading, intro, items.Select(views.Summary).ToList(), pagination) { TotalCount = digests.Count };
            var pageMeta = meta(n) with { PrevUrl = pagination.PrevUrl, NextUrl = pagination.NextUrl };
            yield return new PageJob(path, template, new PageModel(views.Site, pageMeta) { List = list }, $"{origin} via {template}");
        }
    }
}

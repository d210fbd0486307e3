using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>
/// Writes the small view models of a page (its head, the site-wide view, the topic and archive indexes, the
/// search page) into a source key, member by member, by hand: a walk by reflection
/// (<see cref="Caching.ModelFingerprint"/>) costs more to set up than these take to hash. Every member a
/// template can see is written, in declaration order, after the name of its type; a list is its count, then its
/// items. A member added to one of these records must be added here too: the tests of these keys change every
/// member of each record in turn and fail for one left out.
/// </summary>
public static class ViewHashes
{
    public static void Add(KeyHash hash, SiteView s)
    {
        hash.Text(nameof(SiteView))
            .Text(s.Title).Text(s.Description).Text(s.Language).Text(s.BaseUrl).Text(s.BasePath)
            .Text(s.HomeUrl).Text(s.TopicsUrl).Text(s.ArchiveUrl).Text(s.SearchUrl).Text(s.FeedUrl).Text(s.AtomUrl)
            .Text(s.StylesheetUrl).Text(s.FaviconUrl);
        Links(hash, s.MainTopics);
        hash.Text(s.JsonFeedUrl).Number(s.Strings.Count);
        foreach (var (key, text) in s.Strings) hash.Text(key).Text(text);
    }

    public static void Add(KeyHash hash, PageMeta m)
    {
        hash.Text(nameof(PageMeta))
            .Text(m.Title).Text(m.Description).Text(m.CanonicalUrl).Text(m.Kind).Text(m.OgType)
            .Number(m.OgProperties.Count);
        foreach (var p in m.OgProperties) hash.Text(p.Property).Text(p.Content);
        hash.Text(m.JsonLd).Text(m.PrevUrl).Text(m.NextUrl).Text(m.FeedUrl).Text(m.ImageUrl).Flag(m.NoIndex);
    }

    public static void Add(KeyHash hash, TopicIndexView v)
    {
        hash.Text(nameof(TopicIndexView)).Number(v.Topics.Count);
        foreach (var t in v.Topics) hash.Text(t.Name).Text(t.Url).Number(t.Count);
    }

    public static void Add(KeyHash hash, ArchiveIndexView v)
    {
        hash.Text(nameof(ArchiveIndexView)).Number(v.TotalCount).Number(v.MonthCount).Number(v.Years.Count);
        foreach (var y in v.Years)
        {
            hash.Number(y.Year).Number(y.Count).Number(y.Months.Count);
            foreach (var m in y.Months) hash.Text(m.Name).Text(m.Url).Number(m.Count);
        }
    }

    public static void Add(KeyHash hash, SearchView v)
    {
        hash.Text(nameof(SearchView)).Text(v.IndexUrl).Text(v.ScriptUrl);
        Links(hash, v.Topics);
        hash.Number(v.DigestCount);
    }

    public static void Links(KeyHash hash, IReadOnlyList<LinkView> links)
    {
        hash.Number(links.Count);
        foreach (var l in links) hash.Text(l.Name).Text(l.Url);
    }
}

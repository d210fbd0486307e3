using System.IO.Hashing;
using DigestSite.Caching;

namespace DigestSite.Pages;

/// <summary>
/// Feeds the small view models of a page (its head, the site-wide view, the topic and archive indexes, the
/// search page) into a source key, member by member, written out by hand: a walk by reflection
/// (<see cref="ModelFingerprint"/>) costs more to set up than these take to hash. Every member a template can
/// see is hashed, in declaration order, after the name of its type; a list is its count, then its items.
/// A member added to one of these records must be added here too (the tests of these keys vary every member
/// of each record and fail for one left out).
/// </summary>
public static class ViewHashes
{
    public static void Add(XxHash128 hash, SiteView s)
    {
        Text(hash, nameof(SiteView));
        Text(hash, s.Title);
        Text(hash, s.Description);
        Text(hash, s.Language);
        Text(hash, s.BaseUrl);
        Text(hash, s.BasePath);
        Text(hash, s.HomeUrl);
        Text(hash, s.TopicsUrl);
        Text(hash, s.ArchiveUrl);
        Text(hash, s.SearchUrl);
        Text(hash, s.FeedUrl);
        Text(hash, s.AtomUrl);
        Text(hash, s.StylesheetUrl);
        Text(hash, s.FaviconUrl);
        Links(hash, s.MainTopics);
        Text(hash, s.JsonFeedUrl);
    }

    public static void Add(XxHash128 hash, PageMeta m)
    {
        Text(hash, nameof(PageMeta));
        Text(hash, m.Title);
        Text(hash, m.Description);
        Text(hash, m.CanonicalUrl);
        Text(hash, m.Kind);
        Text(hash, m.OgType);
        Number(hash, m.OgProperties.Count);
        foreach (var p in m.OgProperties)
        {
            Text(hash, p.Property);
            Text(hash, p.Content);
        }
        Text(hash, m.JsonLd);
        Text(hash, m.PrevUrl);
        Text(hash, m.NextUrl);
        Text(hash, m.FeedUrl);
        Text(hash, m.ImageUrl);
        Number(hash, m.NoIndex ? 1 : 0);
    }

    public static void Add(XxHash128 hash, TopicIndexView v)
    {
        Text(hash, nameof(TopicIndexView));
        Number(hash, v.Topics.Count);
        foreach (var t in v.Topics)
        {
            Text(hash, t.Name);
            Text(hash, t.Url);
            Number(hash, t.Count);
        }
    }

    public static void Add(XxHash128 hash, ArchiveIndexView v)
    {
        Text(hash, nameof(ArchiveIndexView));
        Number(hash, v.TotalCount);
        Number(hash, v.MonthCount);
        Number(hash, v.Years.Count);
        foreach (var y in v.Years)
        {
            Number(hash, y.Year);
            Number(hash, y.Count);
            Number(hash, y.Months.Count);
            foreach (var m in y.Months)
            {
                Text(hash, m.Name);
                Text(hash, m.Url);
                Number(hash, m.Count);
            }
        }
    }

    public static void Add(XxHash128 hash, SearchView v)
    {
        Text(hash, nameof(SearchView));
        Text(hash, v.IndexUrl);
        Text(hash, v.ScriptUrl);
        Links(hash, v.Topics);
        Number(hash, v.DigestCount);
    }

    public static void Links(XxHash128 hash, IReadOnlyList<LinkView> links)
    {
        Number(hash, links.Count);
        foreach (var l in links)
        {
            Text(hash, l.Name);
            Text(hash, l.Url);
        }
    }

    public static void Text(XxHash128 hash, string? text) => ModelFingerprint.Append(hash, text);

    public static void Number(XxHash128 hash, long value) => ModelFingerprint.Number(hash, value);
}

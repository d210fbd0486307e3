using System.Collections.Concurrent;
using System.Globalization;
using DigestSite.Enrichment;
using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>Builds the view models of digests once each and shares them between the pages that show them.</summary>
public sealed class ViewFactory
{
    private readonly SiteModel _site;
    private readonly ConcurrentDictionary<string, DigestSummaryView> _summaries = new(StringComparer.Ordinal);

    public ViewFactory(SiteModel site)
    {
        _site = site;
        Site = BuildSiteView(site);
    }

    public SiteView Site { get; }

    public static string DateIso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    public static string DateText(DateTimeOffset date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A digest's topic chips: a topic with a page links to it; one with too few digests for a page
    /// (<c>topics.minDigests</c>) links to a search for its name.</summary>
    public IReadOnlyList<LinkView> TopicLinks(EnrichedDigest d) =>
        d.Topics.Select(t => new LinkView(t.Name, _site.HasTopicPage(t) ? _site.Routes.Link(Routes.Topic(t.Slug))
            : _site.Routes.Link(Routes.Search) + "?q=" + Uri.EscapeDataString(t.Name))).ToList();

    /// <summary>The label of the first section after the story: a small kicker above the headline.</summary>
    public static string Kicker(EnrichedDigest d) => d.Kicker;

    /// <summary>The date as the site's language writes it, with the time of day when the digest gave one.</summary>
    public string LocalDate(DateTimeOffset date, bool withTime) => _site.Newsroom.Strings.Date(date, withTime);

    public DigestSummaryView Summary(EnrichedDigest d) => _summaries.GetOrAdd(d.Slug, _ => new DigestSummaryView(
        d.Title, _site.Routes.Link(Routes.Digest(d.Slug)), DateIso(d.Date), LocalDate(d.Date, d.News.DateHasTime), Kicker(d), d.Summary,
        TopicLinks(d)) { Image = NewsViews.Thumbnail(_site, d), Byline = NewsViews.Byline(_site, d) });

    public DigestView Digest(EnrichedDigest d)
    {
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var sections = d.Content.Sections.Select(s =>
        {
            var id = Slug.From(s.Label, 40);
            if (id.Length == 0) id = "section";
            if (!usedIds.Add(id)) { var n = 2; while (!usedIds.Add($"{id}-{n}")) n++; id = $"{id}-{n}"; }
            var label = s.IsStory ? _site.Newsroom.Strings["story_label"] : s.Label;
            return new SectionView(label, s.Headline, id, s.Paragraphs) { ParagraphsHtml = NewsViews.ParagraphsHtml(s) };
        }).ToList();
        return new DigestView(
            d.Title, _site.Routes.Link(Routes.Digest(d.Slug)), _site.Routes.Absolute(Routes.Digest(d.Slug)),
            DateIso(d.Date), LocalDate(d.Date, d.News.DateHasTime), d.Summary, Kicker(d), d.ReadingMinutes, sections, TopicLinks(d),
            d.Source, SourceHost(d.Source))
        {
            Standfirst = d.Content.FrontMatter.Summary?.Trim() ?? "",
            UpdatedIso = d.News.Updated is { } u ? DateIso(u) : "",
            UpdatedText = d.News.Updated is { } updated ? LocalDate(updated, d.News.UpdatedHasTime) : "",
            Correction = d.News.Correction ?? "",
            Authors = NewsViews.AuthorLinks(_site, d),
            Sources = [.. d.News.Sources.Select(x => new SourceView(x.Title, x.Url ?? ""))],
            Image = NewsViews.LeadImage(_site, d),
            KeyPoints = NewsViews.KeyPoints(sections),
        };
    }

    private static string? SourceHost(string? source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) ? uri.Host : null;

    private static SiteView BuildSiteView(SiteModel site)
    {
        var r = site.Routes;
        var s = site.Config.Site;
        var main = TopicRanking.ForNavigation(site).Take(6).Select(t => new LinkView(t.Topic.Name, r.Link(Routes.Topic(t.Topic.Slug)))).ToList();
        return new SiteView(s.Title, s.Description, s.Language, r.BaseUrl, r.BasePath,
            r.Link(Routes.Home(1)), r.Link(Routes.TopicIndex), r.Link(Routes.ArchiveIndex), r.Link(Routes.Search),
            r.Link(Routes.RssFeed), r.Link(Routes.AtomFeed), r.Link(Routes.Asset("style.css")), r.Link(Routes.Asset("favicon.svg")),
            main) { JsonFeedUrl = r.Link(Routes.JsonFeed), Strings = site.Newsroom.Strings.Texts };
    }
}

using System.Collections.Immutable;
using DigestSite.Enrichment;
using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>One page per digest, at <c>/digests/&lt;slug&gt;/</c>.</summary>
public static class DigestPages
{
    public const string Template = "digest";

    public static PageJob[] Plan(SiteModel site, ViewFactory views)
    {
        var digests = site.Digests;
        var related = RelatedDigests.Rank(digests);
        var jobs = new PageJob[digests.Length];
        // Each digest's page is its own work (the views it shares are built once, thread-safely).
        Parallel.For(0, digests.Length, i => jobs[i] = Job(site, views, digests, related, i));
        return jobs;
    }

    private static PageJob Job(SiteModel site, ViewFactory views, ImmutableArray<EnrichedDigest> digests,
        ImmutableArray<EnrichedDigest>[] related, int i)
    {
        var d = digests[i];
        var path = Routes.Digest(d.Slug);
        var view = views.Digest(d) with
        {
            // Digests are newest first: the one before is newer.
            Newer = i > 0 ? Link(site, digests[i - 1]) : null,
            Older = i + 1 < digests.Length ? Link(site, digests[i + 1]) : null,
            Related = related[i].Select(views.Summary).ToList(),
        };
        var og = new List<MetaProperty> { new("article:published_time", ViewFactory.DateIso(d.Date)) };
        if (view.Kicker.Length > 0) og.Add(new("article:section", view.Kicker));
        og.AddRange(d.Topics.Select(t => new MetaProperty("article:tag", t.Name)));
        var meta = new PageMeta(d.Title, d.Summary, site.Routes.Absolute(path))
        {
            Kind = "digest",
            OgType = "article",
            OgProperties = og,
            JsonLd = StructuredData.NewsArticle(d, site),
            ImageUrl = string.IsNullOrEmpty(d.Image) ? null : StructuredData.AbsoluteImage(d.Image, site),
        };
        return new PageJob(path, Template, new PageModel(views.Site, meta) { Digest = view }, $"{d.SourcePath} via {Template}");
    }

    private static LinkView Link(SiteModel site, EnrichedDigest d) => new(d.Title, site.Routes.Link(Routes.Digest(d.Slug)));
}

using System.Collections.Immutable;
using DigestSite.Enrichment;
using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>One page per digest, at <c>/digests/&lt;slug&gt;/</c>.</summary>
public static class DigestPages
{
    public const string Template = "digest";

    /// <summary>The pages, each with its source key when the digests' bytes are known; their models are built
    /// when first asked for (each digest's is its own work; the views it shares are built once, thread-safely).</summary>
    /// <param name="memory">Related digests an earlier build ranked, or null to rank them here.</param>
    public static PageJob[] Plan(SiteModel site, ViewFactory views, RelatedMemory? memory = null) =>
        Plan(site, views, PageSources.For(site, views), memory);

    /// <param name="sources">The keys of what pages are made of, or null when the digests' bytes are not known.</param>
    /// <param name="memory">Related digests an earlier build ranked, or null to rank them here.</param>
    public static PageJob[] Plan(SiteModel site, ViewFactory views, PageSources? sources, RelatedMemory? memory)
    {
        var digests = site.Digests;
        var positions = memory?.Rank(digests) ?? RelatedDigests.Positions(digests);
        var jobs = new PageJob[digests.Length];
        Parallel.For(0, digests.Length, i =>
        {
            var d = digests[i];
            var key = sources?.DigestPage(digests, i, positions[i]);
            jobs[i] = new PageJob(Routes.Digest(d.Slug), Template, () => Model(site, views, digests, positions[i], i),
                $"{d.SourcePath} via {Template}", key);
        });
        return jobs;
    }

    /// <param name="related">The digest's related digests, as positions in <paramref name="digests"/>.</param>
    private static PageModel Model(SiteModel site, ViewFactory views, ImmutableArray<EnrichedDigest> digests,
        int[] related, int i)
    {
        var d = digests[i];
        var relatedViews = new List<DigestSummaryView>(related.Length);
        foreach (var j in related) relatedViews.Add(views.Summary(digests[j]));
        var view = views.Digest(d) with
        {
            // Digests are newest first: the one before is newer.
            Newer = i > 0 ? Link(site, digests[i - 1]) : null,
            Older = i + 1 < digests.Length ? Link(site, digests[i + 1]) : null,
            Related = relatedViews,
        };
        var og = new List<MetaProperty> { new("article:published_time", ViewFactory.DateIso(d.Date)),
            new("article:modified_time", ViewFactory.DateIso(d.News.Updated ?? d.Date)) };
        if (view.Kicker.Length > 0) og.Add(new("article:section", view.Kicker));
        og.AddRange(d.Topics.Select(t => new MetaProperty("article:tag", t.Name)));
        var meta = new PageMeta(d.Title, d.Summary, site.Routes.Absolute(Routes.Digest(d.Slug)))
        {
            Kind = "digest",
            OgType = "article",
            OgProperties = og,
            JsonLd = StructuredData.NewsArticle(d, site),
            ImageUrl = site.Newsroom.Images.For(d)?.AbsoluteUrl,
        };
        return new PageModel(views.Site, meta) { Digest = view };
    }

    private static LinkView Link(SiteModel site, EnrichedDigest d) => new(d.Title, site.Routes.Link(Routes.Digest(d.Slug)));
}

using System.Collections.Immutable;
using DigestSite.Enrichment;
using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>
/// What each page is made of, as a hash (its <see cref="PageJob.SourceKey"/>), without building its model: a
/// rebuild renders only the pages whose key changed and builds no other model. A key holds the site-wide view
/// and what the page itself shows. A digest goes into its own page as its <see cref="DigestIdentity"/> (all
/// there is of it), and into a page that shows its card (a list, a related digest, the 404 page) as the
/// fingerprint of that card (<see cref="ViewFactory.Summary"/>, walked by <see cref="ModelFingerprint"/>): an
/// edit to its text that leaves the card as it was renders its own page only. The build's settings and theme
/// are keyed elsewhere (by the build cache's validity and render keys), and so are a page's output path, origin
/// and template.
/// </summary>
public sealed class PageSources
{
    private readonly byte[][] _identities;
    private readonly byte[][] _cards;
    private readonly Dictionary<EnrichedDigest, int> _positions;
    private readonly byte[] _siteView;

    private PageSources(byte[][] identities, byte[][] cards, Dictionary<EnrichedDigest, int> positions, byte[] siteView)
    {
        _identities = identities;
        _cards = cards;
        _positions = positions;
        _siteView = siteView;
    }

    /// <summary>Null when a digest's bytes are not known (a digest made in memory): the pages then go by model.</summary>
    public static PageSources? For(SiteModel site, ViewFactory views)
    {
        var digests = site.Digests;
        if (digests.Any(d => d.ContentHash is null)) return null;
        var identities = new byte[digests.Length][];
        var cards = new byte[digests.Length][];
        Parallel.For(0, digests.Length, i =>
        {
            identities[i] = DigestIdentity.Of(site, digests[i])!;
            cards[i] = ModelFingerprint.Of(views.Summary(digests[i]));
        });
        // Topics and archive months list the site's own digest objects; a record's equality would compare
        // whole digests.
        var positions = new Dictionary<EnrichedDigest, int>(digests.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < digests.Length; i++) positions.Add(digests[i], i);
        return new PageSources(identities, cards, positions, ModelFingerprint.Of(views.Site));
    }

    /// <param name="i">The digest's position in the site's digests (newest first).</param>
    /// <param name="related">Its related digests, as positions.</param>
    public byte[] DigestPage(ImmutableArray<EnrichedDigest> digests, int i, IReadOnlyList<int> related)
    {
        var hash = Start("digest page").Bytes(_identities[i]);
        // Newer and older show a title and a link: the digest's title and slug are enough, and an edit to their
        // text elsewhere does not touch this page.
        Link(hash, i > 0 ? digests[i - 1] : null);
        Link(hash, i + 1 < digests.Length ? digests[i + 1] : null);
        hash.Number(related.Count);
        foreach (var r in related) hash.Bytes(_cards[r]);
        return hash.Finish();
    }

    /// <summary>
    /// Page <paramref name="n"/> of a list (<see cref="ListPages.Paged"/>): its head as it will be shown, the
    /// list's heading, intro and length, the page's place among the list's pages and every page's link (its
    /// pagination bar is made of these), and the cards of the digests it lists.
    /// </summary>
    /// <param name="pageLinks">The hash of <see cref="Paginator.Links"/>, made once per list by <see cref="Links"/>.</param>
    public byte[] ListPage(PageMeta meta, string heading, string? intro, int n, Paginator pages, byte[] pageLinks,
        ImmutableArray<EnrichedDigest> digests)
    {
        var hash = Start("list page").Bytes(ModelFingerprint.Of(meta));
        hash.Text(heading).Text(intro).Number(digests.Length).Number(n).Number(pages.Total).Bytes(pageLinks);
        var (start, count) = pages.Slice(n, digests.Length);
        Digests(hash, digests.AsSpan(start, count));
        return hash.Finish();
    }

    /// <summary>The hash of a list's page links, shared by its pages' keys.</summary>
    public static byte[] Links(Paginator pages)
    {
        var hash = new KeyHash("page links").Number(pages.Links.Count);
        foreach (var link in pages.Links) hash.Text(link);
        return hash.Finish();
    }

    /// <summary>A page made of its head, its own <paramref name="view"/> (built already: these are small) and
    /// the cards of <paramref name="digests"/>.</summary>
    public byte[] Page(string kind, PageMeta meta, object? view, ReadOnlySpan<EnrichedDigest> digests = default)
    {
        var hash = Start(kind).Bytes(ModelFingerprint.Of(meta)).Bytes(ModelFingerprint.Of(view));
        Digests(hash, digests);
        return hash.Finish();
    }

    private KeyHash Start(string kind) => new KeyHash(kind).Bytes(_siteView);

    /// <summary>The cards of <paramref name="digests"/>, in order.</summary>
    private void Digests(KeyHash hash, ReadOnlySpan<EnrichedDigest> digests)
    {
        hash.Number(digests.Length);
        foreach (var d in digests) hash.Bytes(_cards[_positions[d]]);
    }

    private static void Link(KeyHash hash, EnrichedDigest? d) => hash.Text(d?.Title).Text(d?.Slug);
}

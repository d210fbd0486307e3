using System.Collections.Immutable;
using System.IO.Hashing;
using DigestSite.Caching;
using DigestSite.Enrichment;
using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>
/// What a digest page is made of, as a hash, without building its model: the digest itself, the two digests
/// it links to as newer and older, its related digests (each by <see cref="DigestIdentity"/>) and the
/// site-wide view. The build's settings and theme are keyed elsewhere (<see cref="CacheKeys.Validity"/>,
/// <see cref="RenderKeys"/>).
/// </summary>
internal sealed class DigestSources
{
    private readonly byte[][] _identities;
    private readonly byte[] _siteView;

    private DigestSources(byte[][] identities, byte[] siteView)
    {
        _identities = identities;
        _siteView = siteView;
    }

    /// <summary>Null when a digest's bytes are not known (a digest made in memory): its pages then go by model.</summary>
    public static DigestSources? For(SiteModel site, SiteView siteView)
    {
        var digests = site.Digests;
        if (digests.Any(d => d.ContentHash is null)) return null;
        var identities = new byte[digests.Length][];
        Parallel.For(0, digests.Length, i => identities[i] = DigestIdentity.Of(site, digests[i])!);
        var view = new XxHash128();
        ModelFingerprint.Append(view, siteView);
        return new DigestSources(identities, view.GetCurrentHash());
    }

    /// <param name="i">The digest's position in the site's digests (newest first).</param>
    /// <param name="related">Its related digests, as positions.</param>
    public byte[] PageKey(ImmutableArray<EnrichedDigest> digests, int i, IReadOnlyList<int> related)
    {
        var hash = new XxHash128();
        ModelFingerprint.Append(hash, "digest page");
        hash.Append(_siteView);
        hash.Append(_identities[i]);
        // Newer and older show a title and a link: the digest's title and slug are enough, and an edit to their
        // text elsewhere does not touch this page.
        Link(hash, i > 0 ? digests[i - 1] : null);
        Link(hash, i + 1 < digests.Length ? digests[i + 1] : null);
        ModelFingerprint.Number(hash, related.Count);
        foreach (var r in related) hash.Append(_identities[r]);
        return hash.GetCurrentHash();
    }

    private static void Link(XxHash128 hash, EnrichedDigest? d)
    {
        ModelFingerprint.Append(hash, d?.Title);
        ModelFingerprint.Append(hash, d?.Slug);
    }
}

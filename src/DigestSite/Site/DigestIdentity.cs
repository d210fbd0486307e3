using System.IO.Hashing;
using DigestSite.Caching;
using DigestSite.Enrichment;

namespace DigestSite.Site;

/// <summary>
/// A digest as a hash of all that anything built from it can show: the hash of its file's bytes (its content,
/// and what follows from the content alone: title, sections, summary, reading time, front matter) together
/// with what the build decided for it across the site: path, slug, date, and its topics with whether each has
/// a page. Cheap (a hundred bytes or so are hashed), so it is not kept.
/// </summary>
public static class DigestIdentity
{
    /// <summary>Null when the digest's bytes are not known (a digest made in memory).</summary>
    public static byte[]? Of(SiteModel site, EnrichedDigest d)
    {
        if (d.ContentHash is null) return null;
        var hash = new XxHash128();
        hash.Append(d.ContentHash);
        ModelFingerprint.Append(hash, d.SourcePath);
        ModelFingerprint.Append(hash, d.Slug);
        ModelFingerprint.Number(hash, d.Date.UtcTicks);
        ModelFingerprint.Number(hash, d.Date.Offset.Ticks);
        ModelFingerprint.Number(hash, (long)d.DateSource);
        ModelFingerprint.Number(hash, d.Topics.Length);
        foreach (var t in d.Topics)
        {
            ModelFingerprint.Append(hash, t.Name);
            ModelFingerprint.Append(hash, t.Slug);
            ModelFingerprint.Number(hash, site.HasTopicPage(t) ? 1 : 0);
        }
        return hash.GetCurrentHash();
    }
}

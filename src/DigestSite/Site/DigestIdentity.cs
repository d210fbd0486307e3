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
        var hash = new KeyHash("digest")
            .Number(d.ContentHash.Length).Bytes(d.ContentHash)
            .Text(d.SourcePath)
            .Text(d.Slug)
            .Number(d.Date.UtcTicks)
            .Number(d.Date.Offset.Ticks)
            .Number((long)d.DateSource)
            .Number(d.Topics.Length);
        foreach (var t in d.Topics) hash.Text(t.Name).Text(t.Slug).Flag(site.HasTopicPage(t));
        // Its lead image's files are named by their bytes' hash: a new picture under the same name changes them.
        var image = site.Newsroom.Images.For(d);
        hash.Text(image?.AbsoluteUrl).Text(image?.Srcset);
        return hash.Finish();
    }
}

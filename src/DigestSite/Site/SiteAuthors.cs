using System.Collections.Immutable;
using DigestSite.Enrichment;

namespace DigestSite.Site;

/// <summary>Groups digests by author for the <c>/authors/&lt;slug&gt;/</c> pages and feeds.</summary>
public static class SiteAuthors
{
    /// <param name="digests">Newest first.</param>
    public static ImmutableArray<AuthorGroup> Group(ImmutableArray<EnrichedDigest> digests)
    {
        var bySlug = new Dictionary<string, (Author Author, List<EnrichedDigest> Digests)>(StringComparer.Ordinal);
        foreach (var d in digests)
            foreach (var a in d.News.Authors)
            {
                if (a.Slug.Length == 0) continue;
                if (!bySlug.TryGetValue(a.Slug, out var group)) bySlug[a.Slug] = group = (a, []);
                if (!group.Digests.Contains(d)) group.Digests.Add(d);
            }
        return [.. bySlug.Values.OrderBy(g => g.Author.Slug, StringComparer.Ordinal).Select(g => new AuthorGroup(g.Author, [.. g.Digests]))];
    }
}

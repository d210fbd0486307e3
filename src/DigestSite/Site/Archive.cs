using System.Collections.Immutable;
using DigestSite.Enrichment;

namespace DigestSite.Site;

/// <summary>The digests of one calendar month, newest first.</summary>
public sealed record ArchiveMonth(int Year, int Month, ImmutableArray<EnrichedDigest> Digests)
{
    public string OutputPath => Routes.ArchiveMonth(Year, Month);
}

/// <summary>Groups the site's digests by month for <c>/archive/</c> and <c>/archive/yyyy/mm/</c>.</summary>
public static class Archive
{
    /// <param name="digests">Newest first, as in the site model; each month keeps that order.</param>
    /// <returns>Months, newest first.</returns>
    public static ImmutableArray<ArchiveMonth> Months(IEnumerable<EnrichedDigest> digests) =>
        digests
            // The month of the date as the digest page shows it (its own offset), so a digest is never filed
            // under a different month than the one printed on it.
            .GroupBy(d => (d.Date.Year, d.Date.Month))
            .OrderByDescending(g => g.Key)
            .Select(g => new ArchiveMonth(g.Key.Year, g.Key.Month, g.ToImmutableArray()))
            .ToImmutableArray();
}

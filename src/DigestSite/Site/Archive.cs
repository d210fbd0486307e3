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
    public static ImmutableArray<ArchiveMonth> Months(IEnumerable<EnrichedDigest> digests)
    {
        var byMonth = new Dictionary<int, ImmutableArray<EnrichedDigest>.Builder>();
        foreach (var d in digests)
        {
            // The month of the date as the digest page shows it (its own offset), so a digest is never filed
            // under a different month than the one printed on it. A digest with another offset may fall between
            // two of another month, so months are gathered, not cut from runs.
            var key = d.Date.Year * 12 + d.Date.Month - 1;
            if (!byMonth.TryGetValue(key, out var month)) byMonth.Add(key, month = ImmutableArray.CreateBuilder<EnrichedDigest>());
            month.Add(d);
        }
        var keys = new int[byMonth.Count];
        byMonth.Keys.CopyTo(keys, 0);
        Array.Sort(keys);
        var months = ImmutableArray.CreateBuilder<ArchiveMonth>(keys.Length);
        for (var i = keys.Length - 1; i >= 0; i--)
            months.Add(new ArchiveMonth(keys[i] / 12, keys[i] % 12 + 1, byMonth[keys[i]].ToImmutable()));
        return months.MoveToImmutable();
    }
}

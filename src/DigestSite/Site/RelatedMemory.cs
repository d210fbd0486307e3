using DigestSite.Enrichment;

namespace DigestSite.Site;

/// <summary>Related digests as ranked: for each digest (by position in the site's order), its line
/// (<see cref="RelatedDigests.Signatures"/>: all the ranking knew of it) and the positions of its related
/// digests, best first.</summary>
public sealed record RankedRelated(string[] Signatures, int[][] Positions);

/// <summary>
/// Ranks related digests, starting from an earlier build's ranking: when every digest's line is as it was, the
/// ranking is taken whole; when the digests are the same, in the same order, and the lines of a few changed (an
/// edit to a digest's text that changes the words it is most about or its topics), only the changed digests and
/// those that have one of their features, old or new, are ranked again. The others keep their lists exactly: the
/// features they have are held by the same digests, so weigh the same and lead to the same candidates. Ranking
/// is most of planning on a large site.
/// </summary>
public sealed class RelatedMemory(RankedRelated? previous)
{
    /// <summary>Past this share of changed digests, ranking everything again is as cheap.</summary>
    private const int RerankShare = 8;

    /// <summary>The ranking this build used, for the next build.</summary>
    public RankedRelated? Current { get; private set; }

    /// <summary>Whether this build took the earlier ranking whole.</summary>
    public bool Reused { get; private set; }

    /// <summary>Digests this build ranked again (all of them without a usable earlier ranking).</summary>
    public int Reranked { get; private set; }

    public int[][] Rank(IReadOnlyList<EnrichedDigest> digests)
    {
        var lines = RelatedDigests.Signatures(digests);
        var usable = previous is not null && Fits(previous, digests.Count);
        if (usable && lines.AsSpan().SequenceEqual(previous!.Signatures))
        {
            Reused = true;
            Current = previous;
            return previous.Positions;
        }
        var again = usable ? Affected(previous!.Signatures, lines) : null;
        var positions = again is null
            ? RelatedDigests.Positions(digests)
            : RelatedDigests.Positions(digests, again, [.. previous!.Positions]);
        Reranked = again?.Count ?? digests.Count;
        Current = new RankedRelated(lines, positions);
        return positions;
    }

    /// <summary>The positions to rank again, or null when everything is: a digest came, went or moved (its slug
    /// or date changed), or too many changed.</summary>
    private static List<int>? Affected(string[] before, string[] now)
    {
        var changed = new List<int>();
        for (var i = 0; i < now.Length; i++)
        {
            if (before[i] == now[i]) continue;
            if (Head(before[i]) != Head(now[i])) return null;
            changed.Add(i);
        }
        if (changed.Count * RerankShare > now.Length) return null;
        var features = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in changed)
        {
            features.UnionWith(FeaturesOf(before[i]));
            features.UnionWith(FeaturesOf(now[i]));
        }
        var again = new List<int>();
        for (var i = 0; i < now.Length; i++)
            if (before[i] != now[i] || FeaturesOf(now[i]).Any(features.Contains)) again.Add(i);
        return again;
    }

    /// <summary>A line's slug and date.</summary>
    private static string Head(string line)
    {
        var first = line.IndexOf(RelatedDigests.Separator);
        var second = first < 0 ? -1 : line.IndexOf(RelatedDigests.Separator, first + 1);
        return second < 0 ? line : line[..second];
    }

    /// <summary>A line's features, without their boosts (a feature is the same feature whatever its boost).</summary>
    private static IEnumerable<string> FeaturesOf(string line) =>
        line.Split(RelatedDigests.Separator).Skip(2).Select(f => f[1..]);

    /// <summary>A ranking read from a cache is used only if it has a line and a list per digest, and names only
    /// digests that exist.</summary>
    private static bool Fits(RankedRelated ranked, int count)
    {
        if (ranked.Positions.Length != count || ranked.Signatures.Length != count) return false;
        foreach (var list in ranked.Positions)
        {
            foreach (var j in list)
                if ((uint)j >= (uint)count) return false;
        }
        return true;
    }
}

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
/// those that have a feature the edit added, removed or boosted otherwise are ranked again
/// (<see cref="RelatedDigests.Positions(IReadOnlyList{EnrichedDigest}, IReadOnlyCollection{int}, IEnumerable{string}, int[][], out int, int)"/>).
/// Ranking is most of planning on a large site.
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
        var change = usable ? Changes(previous!.Signatures, lines) : null;
        int[][] positions;
        if (change is var (changed, features))
        {
            positions = RelatedDigests.Positions(digests, changed, features, previous!.Positions, out var reranked);
            Reranked = reranked;
        }
        else
        {
            positions = RelatedDigests.Positions(digests);
            Reranked = digests.Count;
        }
        Current = new RankedRelated(lines, positions);
        return positions;
    }

    /// <summary>The digests whose lines changed and the features they gained, lost or gave another boost; null
    /// when everything is to be ranked again: a digest came, went or moved (its slug or date changed), or too many
    /// changed.</summary>
    private static (List<int> Changed, HashSet<string> Features)? Changes(string[] before, string[] now)
    {
        var changed = new List<int>();
        var features = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < now.Length; i++)
        {
            if (before[i] == now[i]) continue;
            if (Head(before[i]) != Head(now[i]) || (changed.Count + 1) * RerankShare > now.Length) return null;
            changed.Add(i);
            var was = FeaturesOf(before[i]);
            var @is = FeaturesOf(now[i]);
            // A feature with its boost ("2t kenya") that is not in both lines changed (and so did "t kenya").
            foreach (var f in was) if (!@is.Contains(f)) features.Add(f[1..]);
            foreach (var f in @is) if (!was.Contains(f)) features.Add(f[1..]);
        }
        return (changed, features);
    }

    /// <summary>A line's slug and date.</summary>
    private static string Head(string line)
    {
        var first = line.IndexOf(RelatedDigests.Separator);
        var second = first < 0 ? -1 : line.IndexOf(RelatedDigests.Separator, first + 1);
        return second < 0 ? line : line[..second];
    }

    /// <summary>A line's features, each with its boost.</summary>
    private static HashSet<string> FeaturesOf(string line) =>
        new(line.Split(RelatedDigests.Separator).Skip(2), StringComparer.Ordinal);

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

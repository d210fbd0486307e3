using DigestSite.Enrichment;

namespace DigestSite.Site;

/// <summary>Related digests as ranked: for each digest (by position in the site's order), its line
/// (<see cref="RelatedFeatures.Line"/>: all the ranking knew of it) and the positions of its related
/// digests, best first.</summary>
public sealed record RankedRelated(string[] Signatures, int[][] Positions);

/// <summary>
/// Ranks related digests, starting from an earlier build's ranking: when every digest's line is as it was, the
/// ranking is taken whole; when the digests are the same, in the same order, and the lines of a few changed (an
/// edit to a digest's text that changes the words it is most about or its topics), only the changed digests and
/// those that have a feature the edit added, removed or boosted otherwise are ranked again
/// (<see cref="RelatedDigests.Positions(IReadOnlyList{EnrichedDigest}, RelatedFeatures[], IReadOnlyCollection{int}, IEnumerable{string}, int[][], out int, int)"/>).
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
        var features = RelatedFeatures.Of(digests);
        var lines = Array.ConvertAll(features, f => f.Line);
        var usable = previous is not null && Fits(previous, digests.Count);
        if (usable && lines.AsSpan().SequenceEqual(previous!.Signatures))
        {
            Reused = true;
            Current = previous;
            return previous.Positions;
        }
        var change = usable ? Changes(previous!.Signatures, lines) : null;
        int[][] positions;
        if (change is var (changed, changedFeatures))
        {
            positions = RelatedDigests.Positions(digests, features, changed, changedFeatures, previous!.Positions, out var reranked);
            Reranked = reranked;
        }
        else
        {
            positions = RelatedDigests.Positions(digests, features);
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
            if (RelatedFeatures.HeadOf(before[i]) != RelatedFeatures.HeadOf(now[i]) || (changed.Count + 1) * RerankShare > now.Length) return null;
            changed.Add(i);
            var was = RelatedFeatures.FeaturesOf(before[i]);
            var @is = RelatedFeatures.FeaturesOf(now[i]);
            // A feature with its boost that is not in both lines changed.
            foreach (var f in was) if (!@is.Contains(f)) features.Add(f.Name);
            foreach (var f in @is) if (!was.Contains(f)) features.Add(f.Name);
        }
        return (changed, features);
    }

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

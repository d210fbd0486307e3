using DigestSite.Enrichment;

namespace DigestSite.Site;

/// <summary>Related digests as ranked: for each digest (by position in the site's order), the positions of its
/// related digests, best first; and the key of the ranking's inputs (<see cref="RelatedDigests.InputsKey"/>).</summary>
public sealed record RankedRelated(byte[] InputsKey, int[][] Positions);

/// <summary>
/// Ranks related digests, or takes an earlier build's ranking when what it ranked is the same: an edit to a
/// digest's text leaves every digest's slug, date and topics as they were, and ranking is most of planning on a
/// large site (a topic on half the digests makes it grow faster than the site).
/// </summary>
public sealed class RelatedMemory(RankedRelated? previous)
{
    /// <summary>The ranking this build used, for the next build.</summary>
    public RankedRelated? Current { get; private set; }

    /// <summary>Whether this build took the earlier ranking.</summary>
    public bool Reused { get; private set; }

    public int[][] Rank(IReadOnlyList<EnrichedDigest> digests)
    {
        var key = RelatedDigests.InputsKey(digests);
        Reused = previous is not null && previous.InputsKey.AsSpan().SequenceEqual(key) && Fits(previous.Positions, digests.Count);
        var positions = Reused ? previous!.Positions : RelatedDigests.Positions(digests);
        Current = new RankedRelated(key, positions);
        return positions;
    }

    /// <summary>A ranking read from a cache is used only if it names a list per digest and only digests that exist.</summary>
    private static bool Fits(int[][] positions, int count)
    {
        if (positions.Length != count) return false;
        foreach (var list in positions)
        {
            foreach (var j in list)
                if ((uint)j >= (uint)count) return false;
        }
        return true;
    }
}

using System.Collections.Immutable;
using DigestSite.Enrichment;

namespace DigestSite.Site;

/// <summary>
/// Ranks, for every digest, the digests most related to it by content: the sum of the weights of the features
/// they share, then the closer date, then the slug. A digest's features are its topics and the words it is most
/// about (<see cref="RelatedFeatures"/>); a feature weighs its rarity, log(1 + N / digests having it), so
/// sharing "Kenya" says more than sharing "economy"; a shared place or entity (a topic that is one on any digest)
/// counts twice. A digest whose
/// best match shares less than <see cref="MinShare"/> of its own weight has no related digests. Candidates come
/// from an inverted index feature → digests, rarest feature first, up to <see cref="CandidateLimit"/> of them;
/// the features left only add their weights to those: the cost of a digest is bounded, and the whole ranking
/// grows with the number of digests, not with its square.
/// </summary>
public static class RelatedDigests
{
    public const int DefaultCount = 5;

    // Weights are fixed-point integers: sums are then exact and independent of the order of addition, so two
    // digests with the same shared topics always tie and fall through to the date, never to rounding.
    private const double WeightScale = 1_000_000;

    /// <summary>Candidates a digest gathers at most from its features' lists before the remaining (common)
    /// features only add to them (see <see cref="Best"/>); a site smaller than this is ranked exactly.</summary>
    public const int CandidateLimit = 1000;

    /// <summary>The share of a digest's own feature weight another must share to be related to it.</summary>
    public const double MinShare = 0.12;

    /// <param name="digests">The site's digests (any fixed order).</param>
    /// <returns>For each digest, at the same position, its related digests, best first.</returns>
    public static ImmutableArray<EnrichedDigest>[] Rank(IReadOnlyList<EnrichedDigest> digests, int count = DefaultCount) =>
        Digests(digests, Positions(digests, count));

    /// <summary>The related digests of each digest, as positions in <paramref name="digests"/>, best first.</summary>
    public static int[][] Positions(IReadOnlyList<EnrichedDigest> digests, int count = DefaultCount) =>
        Positions(digests, RelatedFeatures.Of(digests), count);

    /// <summary>The same, from the digests' features (<see cref="RelatedFeatures.Of(IReadOnlyList{EnrichedDigest})"/>).</summary>
    public static int[][] Positions(IReadOnlyList<EnrichedDigest> digests, RelatedFeatures[] features, int count = DefaultCount)
    {
        var index = Index(features);
        return Rank(digests, index, [.. Enumerable.Range(0, digests.Count)], new int[digests.Count][], count);
    }

    /// <summary>
    /// The ranking <paramref name="previous"/> brought up to date: the digests at <paramref name="changed"/> and
    /// every digest that has one of <paramref name="changedFeatures"/> (features a changed digest gained, lost or
    /// gave another boost) are ranked again; the others keep their lists. Exact: a digest none of whose features
    /// changed finds the same weights and the same candidates, and a changed digest, if it is one of them, with
    /// the same features in common.
    /// </summary>
    public static int[][] Positions(IReadOnlyList<EnrichedDigest> digests, RelatedFeatures[] features, IReadOnlyCollection<int> changed,
        IEnumerable<string> changedFeatures, int[][] previous, out int reranked, int count = DefaultCount)
    {
        var index = Index(features);
        var again = new SortedSet<int>(changed);
        foreach (var feature in changedFeatures)
            if (index.Ids.TryGetValue(feature, out var id)) again.UnionWith(index.Postings[id]);
        reranked = again.Count;
        return Rank(digests, index, [.. again], [.. previous], count);
    }

    /// <summary>Ranks the digests at <paramref name="again"/> into <paramref name="result"/>.</summary>
    private static int[][] Rank(IReadOnlyList<EnrichedDigest> digests, FeatureIndex index, int[] again, int[][] result, int count)
    {
        if (digests.Count == 0 || count <= 0)
        {
            foreach (var i in again) result[i] = [];
            return result;
        }
        var ticks = digests.Select(d => d.Date.UtcTicks).ToArray();
        Parallel.For(0, again.Length,
            () => new Scratch(digests.Count),
            (k, _, scratch) =>
            {
                result[again[k]] = Best(again[k], index.TopicsOf, index.Postings, index.Weights, ticks, digests, count, scratch);
                return scratch;
            },
            _ => { });
        return result;
    }

    /// <summary>The digests at the positions.</summary>
    private static ImmutableArray<EnrichedDigest>[] Digests(IReadOnlyList<EnrichedDigest> digests, int[][] positions)
    {
        var result = new ImmutableArray<EnrichedDigest>[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            var list = ImmutableArray.CreateBuilder<EnrichedDigest>(positions[i].Length);
            foreach (var j in positions[i]) list.Add(digests[j]);
            result[i] = list.MoveToImmutable();
        }
        return result;
    }

    /// <summary>Feature ids per digest, digest positions per feature (the inverted index), feature weights, and each
    /// feature's id. Ids follow the features' ordinal order and a feature's boost is the largest any digest gives
    /// it, so the index does not depend on the order of the digests: an edit to one digest changes the ids, weights
    /// and lists of its own changed features only.</summary>
    private static FeatureIndex Index(RelatedFeatures[] digests)
    {
        var boosts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var digest in digests)
            foreach (var (feature, boost) in digest.Features)
                boosts[feature] = Math.Max(boosts.GetValueOrDefault(feature), boost);
        var names = boosts.Keys.ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var f = 0; f < names.Length; f++) ids[names[f]] = f;
        var lists = new List<int>[names.Length];
        for (var f = 0; f < lists.Length; f++) lists[f] = [];
        var topicsOf = new int[digests.Length][];
        for (var i = 0; i < digests.Length; i++)
        {
            var own = new int[digests[i].Features.Length];
            for (var k = 0; k < own.Length; k++) lists[own[k] = ids[digests[i].Features[k].Name]].Add(i);
            topicsOf[i] = own;
        }
        var postings = lists.Select(l => l.ToArray()).ToArray();
        var weights = new long[postings.Length];
        for (var f = 0; f < weights.Length; f++)
            weights[f] = (long)Math.Round(Math.Log(1 + digests.Length / (double)postings[f].Length) * WeightScale) * boosts[names[f]];
        return new FeatureIndex(topicsOf, postings, weights, ids);
    }

    private sealed record FeatureIndex(int[][] TopicsOf, int[][] Postings, long[] Weights, Dictionary<string, int> Ids);

    private static int[] Best(int self, int[][] topicsOf, int[][] postings, long[] weights,
        long[] ticks, IReadOnlyList<EnrichedDigest> digests, int count, Scratch scratch)
    {
        var scores = scratch.Scores;
        var touched = scratch.Touched;
        touched.Clear();
        // Rarest topics first. Once `count` candidates already score more than all the remaining topics together
        // could give a digest not seen yet, no unseen digest can make the list: the remaining (common, long)
        // topic lists need not be walked; the candidates seen so far just get the weights of those they carry.
        var order = scratch.Order;
        order.Clear();
        order.AddRange(topicsOf[self]);
        order.Sort((a, b) => weights[b] != weights[a] ? weights[b].CompareTo(weights[a]) : a.CompareTo(b));
        var remaining = 0L;
        foreach (var topic in order) remaining += weights[topic];
        var least = (long)Math.Ceiling(remaining * MinShare);

        for (var k = 0; k < order.Count; k++)
        {
            // Stop walking lists when no digest not seen yet can make the list (safe), or when the next list would
            // take the candidates past CandidateLimit: the features left are then the common ones, of small weight,
            // and only add to the candidates found already. That bounds the cost of a digest as the site grows.
            var full = touched.Count >= count && touched.Count + postings[order[k]].Length > CandidateLimit;
            if (full || AtLeastAbove(touched, scores, remaining, count))
            {
                // Only a candidate that could still reach the count-th best score so far can make the list (scores
                // only grow): the others keep their partial scores, below it, and stay out.
                var bar = CountThBest(touched, scores, count, scratch.Best);
                var left = scratch.Left(weights.Length);
                for (var rest = k; rest < order.Count; rest++) left[order[rest]] = true;
                foreach (var candidate in touched)
                {
                    if (scores[candidate] + remaining < bar) continue;
                    foreach (var feature in topicsOf[candidate])
                        if (left[feature]) scores[candidate] += weights[feature];
                }
                for (var rest = k; rest < order.Count; rest++) left[order[rest]] = false;
                break;
            }
            var topic = order[k];
            var w = weights[topic];
            foreach (var other in postings[topic])
            {
                if (other == self) continue;
                if (scores[other] == 0) touched.Add(other);
                scores[other] += w;
            }
            remaining -= w;
        }

        // Keep the best `count` in a small sorted buffer: cheaper than sorting every candidate.
        var best = scratch.Best;
        best.Clear();
        foreach (var candidate in touched)
        {
            // Most candidates score below the weakest kept one: reject them with one comparison.
            if (scores[candidate] < least || best.Count == count && scores[candidate] < scores[best[count - 1]]) continue;
            var pos = best.Count;
            while (pos > 0 && Better(candidate, best[pos - 1], self, scores, ticks, digests)) pos--;
            if (pos < count)
            {
                best.Insert(pos, candidate);
                if (best.Count > count) best.RemoveAt(count);
            }
        }
        var ranked = best.ToArray();
        foreach (var j in touched) scores[j] = 0;
        return ranked;
    }

    /// <summary>The count-th highest score among the candidates (there are at least count of them).</summary>
    private static long CountThBest(List<int> candidates, long[] scores, int count, List<int> top)
    {
        top.Clear();
        foreach (var c in candidates)
        {
            if (top.Count == count && scores[c] <= scores[top[count - 1]]) continue;
            var pos = top.Count;
            while (pos > 0 && scores[c] > scores[top[pos - 1]]) pos--;
            top.Insert(pos, c);
            if (top.Count > count) top.RemoveAt(count);
        }
        return scores[top[count - 1]];
    }

    private static bool AtLeastAbove(List<int> candidates, long[] scores, long bound, int count)
    {
        if (candidates.Count < count) return false;
        var above = 0;
        foreach (var c in candidates)
            if (scores[c] > bound && ++above >= count) return true;
        return false;
    }

    private static bool Better(int a, int b, int self, long[] scores, long[] ticks, IReadOnlyList<EnrichedDigest> digests)
    {
        if (scores[a] != scores[b]) return scores[a] > scores[b];
        var da = Math.Abs(ticks[a] - ticks[self]);
        var db = Math.Abs(ticks[b] - ticks[self]);
        if (da != db) return da < db;
        return string.CompareOrdinal(digests[a].Slug, digests[b].Slug) < 0;
    }

    /// <summary>Per-thread working memory: one score per digest, reset after each use.</summary>
    private sealed class Scratch(int n)
    {
        public long[] Scores { get; } = new long[n];
        public List<int> Touched { get; } = [];
        public List<int> Best { get; } = [];
        public List<int> Order { get; } = [];

        private bool[] _left = [];

        /// <summary>One flag per feature, all false (callers clear what they set).</summary>
        public bool[] Left(int features) => _left.Length >= features ? _left : _left = new bool[features];
    }
}

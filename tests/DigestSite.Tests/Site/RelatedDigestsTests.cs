using System.Collections.Immutable;
using System.Diagnostics;
using DigestSite.Content;
using DigestSite.Enrichment;
using DigestSite.Site;
using DigestSite.Topics;
using Xunit.Abstractions;

namespace DigestSite.Tests.Site;

public sealed class RelatedDigestsTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Day0 = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static EnrichedDigest Make(string slug, int day, params string[] topics) => new()
    {
        SourcePath = slug + ".txt",
        Content = new Digest(slug, [new Section("What's the story", "", ["A paragraph."])], FrontMatter.None),
        Slug = slug,
        Date = Day0.AddDays(day),
        DateSource = DateSource.FrontMatter,
        Topics = topics.Select(t => new Topic(t, t.ToLowerInvariant())).ToImmutableArray(),
        Summary = "A paragraph.",
        ReadingMinutes = 1,
        Kicker = "",
    };

    private static List<string> RelatedOf(IReadOnlyList<EnrichedDigest> digests, string slug, int count = 5)
    {
        var ranked = RelatedDigests.Rank(digests, count);
        var i = digests.ToList().FindIndex(d => d.Slug == slug);
        return ranked[i].Select(d => d.Slug).ToList();
    }

    [Fact]
    public void A_shared_rare_topic_outranks_a_shared_common_one_even_when_older()
    {
        var digests = new List<EnrichedDigest>
        {
            Make("target", 0, "Economy", "Tuvalu"),
            Make("same-day-common", 0, "Economy"),
            Make("far-rare", 300, "Tuvalu"),
        };
        for (var i = 0; i < 20; i++) digests.Add(Make($"filler-{i:D2}", 100 + i, "Economy"));
        var related = RelatedOf(digests, "target");
        Assert.Equal("far-rare", related[0]);
        Assert.Equal("same-day-common", related[1]);
        Assert.Equal(5, related.Count);
    }

    [Fact]
    public void More_shared_weight_wins_then_the_closer_date_then_the_slug()
    {
        var digests = new List<EnrichedDigest>
        {
            Make("target", 10, "Ports", "Chile"),
            Make("both", 40, "Ports", "Chile"),
            Make("ports-near", 11, "Ports"),
            Make("ports-far", 30, "Ports"),
            Make("ports-b-tie", 12, "Ports"),
            Make("ports-a-tie", 8, "Ports"),
            Make("unrelated", 10, "Opera"),
        };
        // Ports and Chile must have the same rarity for the date to decide among the single-topic matches.
        Assert.Equal(["both", "ports-near", "ports-a-tie", "ports-b-tie", "ports-far"], RelatedOf(digests, "target"));
        Assert.Empty(RelatedOf(digests, "unrelated"));
        Assert.Equal(["both", "ports-near"], RelatedOf(digests, "target", count: 2));
    }

    [Fact]
    public void The_order_of_the_input_does_not_change_the_result()
    {
        var digests = RandomSite(600, seed: 3);
        var shuffled = digests.OrderBy(d => d.Slug.GetHashCode()).Reverse().ToList();
        var a = RelatedDigests.Rank(digests);
        var b = RelatedDigests.Rank(shuffled);
        var bySlug = shuffled.Select((d, i) => (d.Slug, i)).ToDictionary(x => x.Slug, x => x.i);
        for (var i = 0; i < digests.Count; i++)
            Assert.Equal(a[i].Select(d => d.Slug), b[bySlug[digests[i].Slug]].Select(d => d.Slug));
    }

    [Fact]
    public void The_inverted_index_gives_the_same_ranking_as_comparing_every_pair()
    {
        var digests = RandomSite(500, seed: 11);
        var fast = RelatedDigests.Rank(digests);
        var expected = EveryPair(digests);
        for (var i = 0; i < digests.Count; i++) Assert.Equal(expected[i], fast[i].Select(d => d.Slug));
    }

    [Fact]
    public void Past_the_candidate_limit_the_ranking_still_agrees_with_comparing_every_pair()
    {
        // 4,000 digests: the commonest topics are on about as many digests as CandidateLimit or more.
        var digests = RandomSite(4_000, seed: 5);
        var fast = RelatedDigests.Rank(digests);
        var expected = EveryPair(digests);
        var same = Enumerable.Range(0, digests.Count).Count(i => expected[i].SequenceEqual(fast[i].Select(d => d.Slug)));
        var firstSame = Enumerable.Range(0, digests.Count).Count(i => expected[i].FirstOrDefault() == fast[i].Select(d => d.Slug).FirstOrDefault());
        output.WriteLine($"{same} of {digests.Count} lists as comparing every pair gives, {firstSame} with the same first digest");
        Assert.True(same >= digests.Count * 0.95, $"{same} of {digests.Count} lists agree");
        Assert.True(firstSame >= digests.Count * 0.99, $"{firstSame} of {digests.Count} first digests agree");
    }

    /// <summary>Each digest's related slugs found by comparing it with every other digest.</summary>
    private static List<string>[] EveryPair(List<EnrichedDigest> digests)
    {
        var df = digests.SelectMany(d => d.Topics.Select(t => t.Slug).Distinct()).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        double Weight(string slug) => Math.Log(1 + digests.Count / (double)df[slug]);
        var topics = digests.Select(d => d.Topics.Select(t => t.Slug).Distinct().ToArray()).ToArray();
        var result = new List<string>[digests.Count];
        Parallel.For(0, digests.Count, i =>
        {
            var self = digests[i];
            var mine = topics[i].ToHashSet();
            var least = Math.Ceiling(mine.Sum(s => Math.Round(Weight(s) * 1e6)) * RelatedDigests.MinShare) / 1e6;
            result[i] = digests
                .Select((o, j) => (o.Slug, Score: j == i ? 0 : topics[j].Where(mine.Contains).Sum(Weight),
                    Distance: Math.Abs((o.Date - self.Date).Ticks)))
                .Where(x => x.Score > 0 && x.Score >= least - 1e-6)
                .OrderByDescending(x => Math.Round(x.Score, 5)).ThenBy(x => x.Distance).ThenBy(x => x.Slug, StringComparer.Ordinal)
                .Take(5).Select(x => x.Slug).ToList();
        });
        return result;
    }

    [Fact]
    public void Ranks_sixteen_thousand_digests_quickly()
    {
        var digests = RandomSite(16_000, seed: 7);
        RelatedDigests.Rank(digests.Take(200).ToList()); // warm up the JIT
        var clock = Stopwatch.StartNew();
        var ranked = RelatedDigests.Rank(digests);
        clock.Stop();
        output.WriteLine($"16,000 digests ranked in {clock.ElapsedMilliseconds} ms");
        Assert.All(ranked, r => Assert.InRange(r.Length, 0, 5));
        Assert.True(ranked.Count(r => r.Length == 5) > 15_000);
        // Comparing every pair would be 256 million comparisons; the index needs a fraction of that.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    /// <summary>Digests with 2 to 5 topics drawn from 1,500, a few of them very common (like "economy" in a
    /// real news corpus), over about two years.</summary>
    private static List<EnrichedDigest> RandomSite(int count, int seed)
    {
        var random = new Random(seed);
        var list = new List<EnrichedDigest>(count);
        for (var i = 0; i < count; i++)
        {
            var topics = new HashSet<string>();
            var n = random.Next(2, 6);
            while (topics.Count < n)
            {
                // Squaring a uniform number skews the draw toward low ids: topic 0 is far more common than 1,499.
                var u = random.NextDouble();
                topics.Add($"T{(int)(u * u * u * 1500)}");
            }
            list.Add(Make($"d{i:D5}", random.Next(0, 730), topics.ToArray()));
        }
        return list;
    }
}

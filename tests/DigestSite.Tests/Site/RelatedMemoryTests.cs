using System.Collections.Immutable;
using DigestSite.Content;
using DigestSite.Enrichment;
using DigestSite.Site;
using DigestSite.Topics;

namespace DigestSite.Tests.Site;

/// <summary>A ranking started from an earlier build's (<see cref="RelatedMemory"/>) equals the ranking made from
/// nothing, whatever changed: that is what lets a rebuild rank only the digests an edit can reach.</summary>
public sealed class RelatedMemoryTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_unchanged_site_takes_the_earlier_ranking_whole()
    {
        var site = RandomSite(new Random(1), 600);
        var first = new RelatedMemory(null);
        first.Rank(site);
        var second = new RelatedMemory(first.Current);
        var positions = second.Rank(site);
        Assert.True(second.Reused);
        Assert.Same(first.Current, second.Current);
        AssertSame(RelatedDigests.Positions(site), positions);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Edits_to_a_few_digests_rank_as_a_ranking_from_nothing(int seed)
    {
        var random = new Random(seed);
        // Large enough that the common topic's list is past RelatedDigests.CandidateLimit, so the candidate cut is
        // taken too.
        var site = RandomSite(random, 2600);
        var memory = new RelatedMemory(null);
        memory.Rank(site);
        for (var round = 0; round < 6; round++)
        {
            site = [.. site];
            for (var e = 0; e < 1 + round % 3; e++)
            {
                var i = random.Next(site.Count);
                site[i] = Edited(random, site[i]);
            }
            var next = new RelatedMemory(memory.Current);
            var positions = next.Rank(site);
            AssertSame(RelatedDigests.Positions(site), positions);
            Assert.False(next.Reused);
            Assert.InRange(next.Reranked, 1, site.Count - 1);
            memory = next;
        }
    }

    [Fact]
    public void A_changed_date_ranks_everything_again()
    {
        var random = new Random(5);
        var site = RandomSite(random, 400);
        var memory = new RelatedMemory(null);
        memory.Rank(site);
        site = [.. site];
        site[10] = site[10] with { Date = site[10].Date.AddDays(1) };
        var next = new RelatedMemory(memory.Current);
        AssertSame(RelatedDigests.Positions(site), next.Rank(site));
        Assert.Equal(site.Count, next.Reranked);
    }

    private static void AssertSame(int[][] expected, int[][] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.True(expected[i].SequenceEqual(actual[i]), $"digest {i}: [{string.Join(",", expected[i])}] vs [{string.Join(",", actual[i])}]");
    }

    /// <summary>A digest with other words, a topic more or fewer, or a topic of another kind.</summary>
    private static EnrichedDigest Edited(Random random, EnrichedDigest d) => random.Next(3) switch
    {
        0 => d with { Terms = [.. d.Terms.Skip(1), Word(random)] },
        1 => With(d, [.. d.Topics.Select(t => t.Name).Append(TopicName(random)).Distinct()], d.TopicKinds.FirstOrDefault()?.Kind == TopicKind.Place),
        _ => With(d, [.. d.Topics.Select(t => t.Name)], d.TopicKinds.FirstOrDefault()?.Kind != TopicKind.Place),
    };

    private static List<EnrichedDigest> RandomSite(Random random, int count)
    {
        var site = new List<EnrichedDigest>(count);
        for (var i = 0; i < count; i++)
        {
            var topics = new HashSet<string>();
            while (topics.Count < random.Next(2, 5)) topics.Add(TopicName(random));
            var digest = new EnrichedDigest
            {
                SourcePath = $"d{i:D4}.txt",
                Content = new Digest($"d{i:D4}", [new Section("What's the story", "", ["A paragraph."])], FrontMatter.None),
                Slug = $"d{i:D4}",
                Date = Day0.AddDays(random.Next(0, 400)),
                DateSource = DateSource.FrontMatter,
                Summary = "A paragraph.",
                ReadingMinutes = 1,
                Kicker = "",
                Topics = [],
                Terms = [.. Enumerable.Range(0, 6).Select(_ => Word(random)).Distinct()],
            };
            site.Add(With(digest, [.. topics], random.Next(4) == 0));
        }
        return site;
    }

    /// <summary>The digest with these topics, the first one a place when <paramref name="place"/> says so.</summary>
    private static EnrichedDigest With(EnrichedDigest d, string[] topics, bool place) => d with
    {
        Topics = [.. topics.Select(t => new Topic(t, t.ToLowerInvariant()))],
        TopicKinds = [.. topics.Select((t, k) => new ChosenTopic(t, k == 0 && place ? TopicKind.Place : TopicKind.Subject, "test"))],
    };

    /// <summary>Topic 0 is on about half the digests; the rest are rarer the higher their number.</summary>
    private static string TopicName(Random random)
    {
        var u = random.NextDouble();
        return $"T{(int)(u * u * u * 300)}";
    }

    private static string Word(Random random) => $"w{random.Next(0, 900)}";
}

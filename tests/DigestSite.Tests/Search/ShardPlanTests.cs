using DigestSite.Search;

namespace DigestSite.Tests.Search;

public sealed class ShardPlanTests
{
    private static List<ShardPlan.Entry> Entries(params (string Text, int Size)[] items) =>
        items.OrderBy(i => i.Text, StringComparer.Ordinal).Select(i => new ShardPlan.Entry(i.Text, i.Size)).ToList();

    [Fact]
    public void A_small_index_is_one_shard()
    {
        var shards = ShardPlan.Split(Entries(("apple", 10), ("banana", 10)), 100);
        Assert.Equal([""], shards.Keys);
    }

    [Fact]
    public void Every_entry_is_in_exactly_the_shard_of_the_longest_prefix_it_starts_with()
    {
        var words = new List<(string, int)>();
        foreach (var a in "abcm")
            foreach (var b in "aeimo")
                foreach (var c in "nrst")
                    words.Add(($"{a}{b}{c}", a == 'm' ? 40 : 5));
        words.Add(("m", 3));
        words.Add(("mi", 3));
        var entries = Entries([.. words]);
        var shards = ShardPlan.Split(entries, 200);
        Assert.True(shards.Count > 1);
        var seen = new HashSet<int>();
        foreach (var (prefix, members) in shards)
        {
            Assert.True(members.Sum(i => entries[i].Size) <= 200 || members.Count == 1, prefix);
            foreach (var i in members)
            {
                Assert.True(seen.Add(i));
                Assert.Equal(prefix, ShardPlan.ShardOf(entries[i].Text, shards.Keys));
            }
        }
        Assert.Equal(entries.Count, seen.Count);
    }
}

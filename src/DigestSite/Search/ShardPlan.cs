namespace DigestSite.Search;

/// <summary>
/// Splits the index's entries (stems with their postings, written words with their stems) into shards by the
/// start of the entry's text, so that a query fetches only the shards of its words. A shard is named by a prefix;
/// an entry belongs to the longest shard prefix it starts with (the script finds it the same way). A prefix whose
/// entries are too many for one shard gets shards for its longer prefixes; those small enough stay with it.
/// </summary>
public static class ShardPlan
{
    /// <summary>An entry's text and about how many bytes it takes in a shard.</summary>
    public readonly record struct Entry(string Text, int Size);

    /// <summary>The shard prefixes, each with the indexes of its entries (<paramref name="entries"/> sorted by text,
    /// ordinal).</summary>
    public static SortedDictionary<string, List<int>> Split(IReadOnlyList<Entry> entries, int maxShardSize)
    {
        var shards = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        Split(entries, 0, entries.Count, "", maxShardSize, shards);
        return shards;
    }

    private static void Split(IReadOnlyList<Entry> entries, int from, int to, string prefix, int max, SortedDictionary<string, List<int>> shards)
    {
        var total = 0L;
        for (var i = from; i < to; i++) total += entries[i].Size;
        var own = new List<int>();
        if (total <= max)
        {
            for (var i = from; i < to; i++) own.Add(i);
            if (own.Count > 0) shards[prefix] = own;
            return;
        }
        // Entries exactly the prefix stay here; the others group by their next character.
        var groups = new List<(int From, int To, long Size)>();
        var k = from;
        while (k < to && entries[k].Text.Length == prefix.Length) own.Add(k++);
        while (k < to)
        {
            var next = entries[k].Text[prefix.Length];
            var start = k;
            long size = 0;
            while (k < to && entries[k].Text[prefix.Length] == next) size += entries[k++].Size;
            groups.Add((start, k, size));
        }
        // The smallest groups join the prefix's own shard while it has room; the rest get shards of their own.
        long ownSize = own.Sum(i => (long)entries[i].Size);
        foreach (var g in groups.OrderBy(g => g.Size).ThenBy(g => g.From))
        {
            if (ownSize + g.Size <= max / 2)
            {
                for (var i = g.From; i < g.To; i++) own.Add(i);
                ownSize += g.Size;
            }
            else Split(entries, g.From, g.To, entries[g.From].Text[..(prefix.Length + 1)], max, shards);
        }
        if (own.Count > 0) shards[prefix] = own.Order().ToList();
    }

    /// <summary>The shard an entry belongs to: the longest prefix among <paramref name="prefixes"/> it starts with.</summary>
    public static string? ShardOf(string text, IEnumerable<string> prefixes) =>
        prefixes.Where(p => text.StartsWith(p, StringComparison.Ordinal)).MaxBy(p => p.Length);
}

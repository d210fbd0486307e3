using DigestSite.Search;

namespace DigestSite.Caching;

/// <summary>Saving the search index's memo (<see cref="StoredSearch"/>): the parts whose records are those the
/// cache holds are left as they are.</summary>
internal static partial class CacheStore
{
    /// <summary>Lists the memo's parts: in <paramref name="parts"/> those kept (with their recorded hash), in
    /// <paramref name="writes"/> those to write. Without a memo (the build made no index) the stored parts stay.
    /// The head and the analyses are always kept. The shards' words are written when the index was made anew,
    /// and those it changed when it was patched from this cache; an index patched from a memo kept in memory (the
    /// preview's) keeps none, and neither does a shard whose words cannot be had: the next build that must patch
    /// one makes the index anew, from the kept analyses.</summary>
    private static void AddSearch(SearchMemo? memo, StoredSearch? loaded, Dictionary<string, ulong> parts, List<Func<(string Name, byte[] Bytes)?>> writes)
    {
        if (memo is null)
        {
            if (loaded is null) return;
            if (loaded.HeadHash is { } hash) parts[StoredSearch.HeadPart] = hash;
            foreach (var part in loaded.Docs.Values) parts[part.Name] = part.Hash;
            foreach (var part in loaded.Shards.Values) parts[part.Name] = part.Hash;
            return;
        }
        var head = memo.Head;
        // The shards' words the stored parts hold as they are: those of an index read from this cache, not rewritten.
        var kept = loaded is not null && ReferenceEquals(memo.Store, loaded) && memo.FromStore ? memo.Rewritten : null;
        if (kept is not null || memo.Whole)
            foreach (var shard in head.Shards)
            {
                var part = StoredSearch.ShardPart(shard.Name);
                if (kept is not null && !kept.Contains(shard.Prefix) && loaded!.Shards.TryGetValue(part, out var stored)) parts[part] = stored.Hash;
                else if (memo.Words(shard.Prefix) is { } words) writes.Add(() => (part, CacheJson.Write(words, CacheJson.Types.ShardWords)));
            }

        var was = Group(Keyed(loaded?.Head?.Keys ?? []), StoredSearch.DocsBucket);
        foreach (var (bucket, keys) in Group(Keyed(head.Keys), StoredSearch.DocsBucket))
        {
            if (loaded is not null && was.TryGetValue(bucket, out var before) && SameKeys(before, keys) && loaded.Docs.TryGetValue(bucket, out var stored))
                parts[bucket] = stored.Hash;
            else
                writes.Add(() => (bucket, CacheJson.Write(Analyses(memo, keys.Keys), CacheJson.Types.DictionaryStringStoredDoc)));
        }
        if (kept is not null && memo.Unchanged && loaded!.HeadHash is { } headHash) parts[StoredSearch.HeadPart] = headHash;
        else writes.Add(() => (StoredSearch.HeadPart, CacheJson.Write(head, CacheJson.Types.SearchHead)));
    }

    /// <summary>The digests' keys, each as a record of itself, for grouping by the bucket of their analyses.</summary>
    private static IEnumerable<KeyValuePair<UInt128, UInt128>> Keyed(UInt128?[] keys) =>
        keys.Where(key => key is not null).Select(key => KeyValuePair.Create(key!.Value, key.Value));

    /// <summary>Whether two buckets hold the same digests' keys.</summary>
    private static bool SameKeys(Dictionary<UInt128, UInt128> before, Dictionary<UInt128, UInt128> now) =>
        before.Count == now.Count && now.Keys.All(before.ContainsKey);

    /// <summary>A bucket's analyses; one the memo no longer has is left out (its digest is analysed again).</summary>
    private static Dictionary<string, StoredDoc> Analyses(SearchMemo memo, IReadOnlyCollection<UInt128> keys)
    {
        var docs = new Dictionary<string, StoredDoc>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys.Order())
            if (memo.Analysis(key) is { } doc) docs[StoredSearch.Name(key)] = StoredDoc.Of(doc);
        return docs;
    }
}

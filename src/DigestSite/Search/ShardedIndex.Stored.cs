using ShardEntry = DigestSite.Search.ShardFiles.ShardEntry;

namespace DigestSite.Search;

/// <summary>
/// The index as the build cache keeps it: its shards (prefix, name, number of entries) and its entries with their
/// sizes, which plan the shards, in one small record (<see cref="SearchHead"/>); and each shard's words
/// (<see cref="ShardWords"/>: its stems' postings, its written words' digests) in a part of their own, read only
/// when an entry of the shard changes or the shard's file must be made again.
/// </summary>
public sealed partial class ShardedIndex
{
    private Func<string, ShardWords?>? _read;
    // The shards read from the cache whose words are not held yet.
    private readonly HashSet<IndexShard> _unread = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether the words of every stored shard this index was asked for read back from the cache. Once one
    /// does not, the index stays unreadable: what it was asked for since (a patch, a shard's bytes) is not to be
    /// used, and the index is made anew.</summary>
    public bool Readable { get; private set; } = true;

    /// <summary>The index of <paramref name="digests"/> digests with the stored shards and entries, whose words
    /// <paramref name="read"/> gives by the shard's name; null when they do not agree.</summary>
    internal static ShardedIndex? Stored(int digests, IReadOnlyList<StoredShard> shards, IReadOnlyList<SizedEntry> entries, Func<string, ShardWords?> read)
    {
        var index = new ShardedIndex(digests, new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)) { _read = read };
        var members = new Dictionary<string, List<ShardEntry>>(StringComparer.Ordinal);
        foreach (var s in shards)
            if (!members.TryAdd(s.Prefix, [])) return null;
        foreach (var e in entries)
        {
            var entry = new ShardEntry(e.Text, e.IsStem);
            if (index._entries.Count > 0 && index._entries[^1].CompareTo(entry) >= 0) return null;
            if (ShardOf(e.Text, members) is not { } prefix) return null;
            index._entries.Add(entry);
            index._sized.Add(new ShardPlan.Entry(e.Text, e.Size));
            members[prefix].Add(entry);
        }
        index._shards = new SortedDictionary<string, IndexShard>(StringComparer.Ordinal);
        foreach (var s in shards)
        {
            if (members[s.Prefix].Count != s.Count) return null;
            var shard = new IndexShard(s.Prefix, s.Name, s.Count, () => ShardFiles.Shard(members[s.Prefix], index.Value));
            index._shards[s.Prefix] = shard;
            index._unread.Add(shard);
        }
        index._members = members;
        return index;
    }

    /// <summary>Reads the words of the stored shard an entry's text belongs to, unless they are held already;
    /// false (and the index no longer <see cref="Readable"/>) when they do not read back.</summary>
    private bool Hold(string text)
    {
        if (!Readable) return false;
        if (_read is null || _unread.Count == 0 || _shards is null || ShardOf(text, _shards) is not { } prefix) return true;
        var shard = _shards[prefix];
        if (!_unread.Remove(shard)) return true;
        if (_read(shard.Name) is not { } words) return Readable = false;
        foreach (var (stem, pairs) in words.Terms)
        {
            var postings = new List<Posting>(pairs.Length / 2);
            for (var i = 0; i + 1 < pairs.Length; i += 2) postings.Add(new Posting(pairs[i], pairs[i + 1]));
            var term = new TermPostings(stem, postings);
            _terms[stem] = term;
            _postings[stem] = ShardFiles.Encode(term, _digests);
        }
        foreach (var (surface, byStem) in words.Forms)
        {
            var forms = new List<WordForm>();
            foreach (var (stem, ids) in byStem)
                foreach (var id in ids) forms.Add(new WordForm(id, stem));
            if (byStem.Count > 1) forms.Sort((a, b) => a.Id.CompareTo(b.Id));
            _forms[surface] = forms;
            _variants[surface] = forms[0].Stem;
        }
        return true;
    }

    /// <summary>The shards of the last <see cref="Shards"/>, as the cache keeps them.</summary>
    internal List<StoredShard> StoredShards => [.. _shards!.Values.Select(s => new StoredShard(s.Prefix, s.Name, s.Count))];

    /// <summary>The entries with their sizes, in order.</summary>
    internal List<SizedEntry> SizedEntries => [.. _entries.Select((e, i) => new SizedEntry(e.Text, e.IsStem, _sized[i].Size))];

    /// <summary>The prefixes whose shards' words the last <see cref="Shards"/> changed.</summary>
    internal IReadOnlySet<string> Rewritten => _rewritten;

    /// <summary>The words of the shard of <paramref name="prefix"/> (reading them if needed); null when they were
    /// to be read from a cache that no longer holds them.</summary>
    internal ShardWords? Words(string prefix)
    {
        var terms = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var forms = new Dictionary<string, Dictionary<string, int[]>>(StringComparer.Ordinal);
        foreach (var e in _members[prefix])
        {
            Value(e);
            if (!Readable) return null;
            if (e.IsStem) terms[e.Text] = Pairs(_terms[e.Text].Postings);
            else forms[e.Text] = ByStem(_forms[e.Text]);
        }
        return new ShardWords(terms, forms);
    }

    /// <summary>Postings as the cache keeps them: a digest's number, then the packed score, for each.</summary>
    private static int[] Pairs(List<Posting> postings)
    {
        var pairs = new int[postings.Count * 2];
        for (var i = 0; i < postings.Count; i++) (pairs[2 * i], pairs[2 * i + 1]) = (postings[i].Id, postings[i].Value);
        return pairs;
    }

    /// <summary>A written word's digests as the cache keeps them: their numbers, in order, under each stem.</summary>
    private static Dictionary<string, int[]> ByStem(List<WordForm> forms)
    {
        var ids = new Dictionary<string, List<int>>(1, StringComparer.Ordinal);
        foreach (var (id, stem) in forms)
        {
            if (!ids.TryGetValue(stem, out var list)) ids[stem] = list = new List<int>(forms.Count);
            list.Add(id);
        }
        return ids.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}


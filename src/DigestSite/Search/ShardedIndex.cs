using DigestSite.Enrichment;
using ShardEntry = DigestSite.Search.ShardFiles.ShardEntry;

namespace DigestSite.Search;

/// <summary>A shard file of the index: its prefix, bytes and name (a hash of the bytes), and how many entries it holds.</summary>
public sealed record IndexShard(string Prefix, byte[] Bytes, string Name, int Count);

/// <summary>
/// The word index with what its shard files are made of (each stem's postings as written, the entries in order,
/// the shards), kept from one build to the next so that changing a digest costs the work of its own words: its
/// postings are patched in (<see cref="Update"/>), and only the shards that hold a changed entry, or whose
/// entries moved because the plan of shards changed, are written again (<see cref="Shards"/>). The files are
/// those <see cref="Build"/> makes from the same digests: a digest's postings depend on it alone (see
/// <see cref="WordIndex"/>), and an entry belongs to the shard of the longest prefix it starts with.
/// </summary>
public sealed class ShardedIndex
{
    private WordIndex _index;
    // Each written word's digests, by number, with the stem the word first has in the digest: the index gives
    // a word the stem it has in its oldest digest (two spellings may fold to one word with different stems).
    private readonly Dictionary<string, List<(int Id, string Stem)>> _forms;
    private readonly Dictionary<string, string> _postings = new(StringComparer.Ordinal);
    private readonly List<ShardEntry> _entries = [];
    private readonly List<ShardPlan.Entry> _sized = [];
    private readonly HashSet<ShardEntry> _changed = [];
    private SortedDictionary<string, IndexShard>? _shards;

    private ShardedIndex(WordIndex index, Dictionary<string, List<(int Id, string Stem)>> forms)
    {
        _index = index;
        _forms = forms;
    }

    public WordIndex Index => _index;

    /// <summary>The index of <paramref name="docs"/> (the analysed digests of <paramref name="index"/>, by
    /// number; none for an index that is written once and not updated).</summary>
    public static ShardedIndex Build(WordIndex index, IReadOnlyList<IndexedDoc> docs)
    {
        var forms = new Dictionary<string, List<(int, string)>>(StringComparer.Ordinal);
        for (var id = 0; id < docs.Count; id++)
            foreach (var (surface, stem) in FirstStems(docs[id]))
            {
                if (!forms.TryGetValue(surface, out var list)) forms[surface] = list = [];
                list.Add((id, stem));
            }
        var sharded = new ShardedIndex(index, forms);
        foreach (var (stem, term) in index.Terms) sharded._postings[stem] = ShardFiles.Encode(term, index.Docs.Count);
        sharded._entries.AddRange(index.Terms.Keys.Select(t => new ShardEntry(t, true)).Concat(index.Variants.Keys.Select(w => new ShardEntry(w, false))));
        sharded._entries.Sort();
        sharded._sized.AddRange(sharded._entries.Select(e => new ShardPlan.Entry(e.Text, ShardFiles.Size(e, sharded.Value(e)))));
        return sharded;
    }

    /// <summary>Replaces digest <paramref name="id"/>'s words <paramref name="old"/> with <paramref name="now"/>
    /// (the number of digests stays; see <see cref="Renumber"/>).</summary>
    public void Update(int id, IndexedDoc old, IndexedDoc now)
    {
        foreach (var stem in old.Stems.Keys)
            if (!now.Stems.ContainsKey(stem)) SetPosting(stem, id, null);
        foreach (var (stem, s) in now.Stems)
        {
            var value = WordIndex.Pack(s, now.HalfLength);
            if (old.Stems.TryGetValue(stem, out var was) && WordIndex.Pack(was, old.HalfLength) == value) continue;
            SetPosting(stem, id, value);
        }
        var before = FirstStems(old);
        var after = FirstStems(now);
        foreach (var (surface, stem) in before)
            if (!after.TryGetValue(surface, out var s) || s != stem) SetForm(surface, id, null);
        foreach (var (surface, stem) in after)
            if (!before.TryGetValue(surface, out var s) || s != stem) SetForm(surface, id, stem);
    }

    /// <summary>The digests the index is of, oldest first, as this build has them (the same number).</summary>
    public void Renumber(IReadOnlyList<EnrichedDigest> oldestFirst)
    {
        if (oldestFirst.Count != _index.Docs.Count) throw new ArgumentException("the number of digests changed", nameof(oldestFirst));
        _index = new WordIndex { Docs = oldestFirst, Terms = _index.Terms, Variants = _index.Variants };
    }

    /// <summary>The shard files, by prefix: those the last call gave when nothing in them changed.</summary>
    public IReadOnlyList<IndexShard> Shards()
    {
        foreach (var entry in _changed.Order()) Patch(entry);
        var plan = ShardPlan.Split(_sized, SearchFiles.MaxShardSize);
        var dirty = _shards is null ? null : Dirty(plan.Keys.ToHashSet(StringComparer.Ordinal));
        var shards = new SortedDictionary<string, IndexShard>(StringComparer.Ordinal);
        foreach (var (prefix, members) in plan)
        {
            if (dirty is not null && !dirty.Contains(prefix) && _shards!.TryGetValue(prefix, out var kept) && kept.Count == members.Count)
            {
                shards[prefix] = kept;
                continue;
            }
            var bytes = ShardFiles.Shard(members.Select(i => _entries[i]).ToList(), Value);
            shards[prefix] = new IndexShard(prefix, bytes, SearchFiles.Name(bytes), members.Count);
        }
        _shards = shards;
        _changed.Clear();
        return [.. shards.Values];
    }

    private string Value(ShardEntry e) => e.IsStem ? _postings[e.Text] : _index.Variants[e.Text];

    /// <summary>The prefixes whose shards changed: those of the changed entries, and where the plan's prefixes
    /// changed, the prefixes a new or gone one starts with (their entries moved to it or from it).</summary>
    private HashSet<string> Dirty(HashSet<string> prefixes)
    {
        var dirty = new HashSet<string>(StringComparer.Ordinal);
        var longest = prefixes.Count == 0 ? 0 : prefixes.Max(p => p.Length);
        foreach (var entry in _changed)
            for (var length = Math.Min(longest, entry.Text.Length); length >= 0; length--)
                if (prefixes.Contains(entry.Text[..length])) { dirty.Add(entry.Text[..length]); break; }
        var moved = new HashSet<string>(prefixes, StringComparer.Ordinal);
        moved.SymmetricExceptWith(_shards!.Keys);
        foreach (var p in moved)
            foreach (var q in prefixes)
                if (p.StartsWith(q, StringComparison.Ordinal)) dirty.Add(q);
        return dirty;
    }

    /// <summary>Sets (or with null removes) digest <paramref name="id"/>'s posting of a stem.</summary>
    private void SetPosting(string stem, int id, int? value)
    {
        if (!_index.Terms.TryGetValue(stem, out var term))
        {
            if (value is null) return;
            _index.Terms[stem] = term = new TermPostings(stem, []);
        }
        var at = FindId(term.Postings, id, p => p.Id);
        if (at >= 0 && value is { } v) term.Postings[at] = (id, v);
        else if (at >= 0) term.Postings.RemoveAt(at);
        else if (value is { } added) term.Postings.Insert(~at, (id, added));
        if (term.Postings.Count == 0) _index.Terms.Remove(stem);
        _changed.Add(new ShardEntry(stem, true));
    }

    /// <summary>Sets (or with null removes) the stem a written word has in digest <paramref name="id"/>.</summary>
    private void SetForm(string surface, int id, string? stem)
    {
        if (!_forms.TryGetValue(surface, out var list)) _forms[surface] = list = [];
        var at = FindId(list, id, f => f.Id);
        if (at >= 0 && stem is not null) list[at] = (id, stem);
        else if (at >= 0) list.RemoveAt(at);
        else if (stem is not null) list.Insert(~at, (id, stem));
        if (list.Count == 0)
        {
            _forms.Remove(surface);
            if (_index.Variants.Remove(surface)) _changed.Add(new ShardEntry(surface, false));
        }
        else if (!_index.Variants.TryGetValue(surface, out var chosen) || chosen != list[0].Stem)
        {
            _index.Variants[surface] = list[0].Stem;
            _changed.Add(new ShardEntry(surface, false));
        }
    }

    /// <summary>Brings a changed entry's place, value and size in the entries up to date.</summary>
    private void Patch(ShardEntry entry)
    {
        bool present;
        if (entry.IsStem)
        {
            present = _index.Terms.TryGetValue(entry.Text, out var term);
            if (present) _postings[entry.Text] = ShardFiles.Encode(term!, _index.Docs.Count);
            else _postings.Remove(entry.Text);
        }
        else present = _index.Variants.ContainsKey(entry.Text);
        var at = _entries.BinarySearch(entry);
        if (!present)
        {
            if (at < 0) return;
            _entries.RemoveAt(at);
            _sized.RemoveAt(at);
            return;
        }
        var sized = new ShardPlan.Entry(entry.Text, ShardFiles.Size(entry, Value(entry)));
        if (at >= 0) _sized[at] = sized;
        else
        {
            _entries.Insert(~at, entry);
            _sized.Insert(~at, sized);
        }
    }

    /// <summary>Each written word of a digest with the first stem it has there.</summary>
    private static Dictionary<string, string> FirstStems(IndexedDoc doc)
    {
        var first = new Dictionary<string, string>(doc.Variants.Count, StringComparer.Ordinal);
        foreach (var v in doc.Variants) first.TryAdd(v.Surface, v.Stem);
        return first;
    }

    /// <summary>Where <paramref name="id"/> is in a list sorted by id, or the complement of where it would go.</summary>
    private static int FindId<T>(List<T> list, int id, Func<T, int> idOf)
    {
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = idOf(list[mid]).CompareTo(id);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return ~lo;
    }
}

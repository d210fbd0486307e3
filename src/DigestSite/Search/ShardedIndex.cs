using DigestSite.Enrichment;
using ShardEntry = DigestSite.Search.ShardFiles.ShardEntry;

namespace DigestSite.Search;

/// <summary>A shard file of the index: its prefix, its name (a hash of its bytes), how many entries it holds, and
/// its bytes, made the first time they are asked for (a rebuild takes most shard files from the output folder).</summary>
public sealed class IndexShard(string prefix, string name, int count, Func<byte[]> make)
{
    private readonly Lazy<byte[]> _bytes = new(make);

    public string Prefix => prefix;
    public string Name => name;
    public int Count => count;
    public byte[] Bytes => _bytes.Value;
}

/// <summary>A digest in which a written word occurs, with the stem the word first has there.</summary>
public readonly record struct WordForm(int Id, string Stem);

/// <summary>
/// The word index with what its shard files are made of (each stem's postings as written, the entries in order,
/// the shards), kept from one build to the next so that changing a digest costs the work of its own words: its
/// postings are patched in (<see cref="Update"/>), and only the shards that hold a changed entry, or whose
/// entries moved because the plan of shards changed, are written again (<see cref="Shards"/>). The files are
/// those <see cref="Build"/> makes from the same digests: a digest's postings depend on it alone (see
/// <see cref="WordIndex"/>), and an entry belongs to the shard of the longest prefix it starts with. One read
/// from the build cache holds the words of a shard only once it needs them (ShardedIndex.Stored.cs).
/// </summary>
public sealed partial class ShardedIndex
{
    private readonly int _digests;
    // The postings and written words of the shards held: all of them, but for an index read from the cache.
    private readonly SortedDictionary<string, TermPostings> _terms;
    private readonly SortedDictionary<string, string> _variants;
    // Each written word's digests, by number, with the stem the word first has in the digest: the index gives
    // a word the stem it has in its oldest digest (two spellings may fold to one word with different stems).
    private readonly Dictionary<string, List<WordForm>> _forms;
    private readonly Dictionary<string, string> _postings = new(StringComparer.Ordinal);
    private readonly List<ShardEntry> _entries = [];
    private readonly List<ShardPlan.Entry> _sized = [];
    private readonly HashSet<ShardEntry> _changed = [];
    // Entries whose words changed: those of _changed, and written words whose digests changed but not their stem.
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rewritten = new(StringComparer.Ordinal);
    private SortedDictionary<string, IndexShard>? _shards;
    private Dictionary<string, List<ShardEntry>> _members = new(StringComparer.Ordinal);

    private ShardedIndex(int digests, SortedDictionary<string, TermPostings> terms, SortedDictionary<string, string> variants,
        Dictionary<string, List<WordForm>> forms)
    {
        _digests = digests;
        _terms = terms;
        _variants = variants;
        _forms = forms;
    }

    /// <summary>The index of <paramref name="docs"/> (the analysed digests of <paramref name="index"/>, by
    /// number; none for an index that is written once and not updated).</summary>
    public static ShardedIndex Build(WordIndex index, IReadOnlyList<IndexedDoc> docs)
    {
        var forms = new Dictionary<string, List<WordForm>>(StringComparer.Ordinal);
        for (var id = 0; id < docs.Count; id++)
            foreach (var (surface, stem) in FirstStems(docs[id]))
            {
                if (!forms.TryGetValue(surface, out var list)) forms[surface] = list = [];
                list.Add(new WordForm(id, stem));
            }
        var sharded = new ShardedIndex(index.Docs.Count, index.Terms, index.Variants, forms);
        foreach (var (stem, term) in index.Terms) sharded._postings[stem] = ShardFiles.Encode(term, index.Docs.Count);
        sharded._entries.AddRange(index.Terms.Keys.Select(t => new ShardEntry(t, true)).Concat(index.Variants.Keys.Select(w => new ShardEntry(w, false))));
        sharded._entries.Sort();
        sharded._sized.AddRange(sharded._entries.Select(e => new ShardPlan.Entry(e.Text, ShardFiles.Size(e, sharded.Value(e)))));
        return sharded;
    }

    /// <summary>Replaces digest <paramref name="id"/>'s words <paramref name="old"/> with <paramref name="now"/>
    /// (the number of digests stays; see <see cref="Renumber"/>); false when the words of a stored shard it needs
    /// do not read back (the index is then not <see cref="Readable"/>).</summary>
    public bool Update(int id, IndexedDoc old, IndexedDoc now)
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
        return Readable;
    }

    /// <summary>The digests the index is of, oldest first, as this build has them (the same number).</summary>
    public void Renumber(IReadOnlyList<EnrichedDigest> oldestFirst)
    {
        if (oldestFirst.Count != _digests) throw new ArgumentException("the number of digests changed", nameof(oldestFirst));
    }

    /// <summary>The shard files, by prefix: those the last call gave when nothing in them changed; null when the
    /// words of a stored shard they are made from do not read back. (A kept shard's bytes are made when first
    /// asked for: the index is <see cref="Readable"/> still after they are if they are right.)</summary>
    public IReadOnlyList<IndexShard>? Shards()
    {
        if (!Readable) return null;
        foreach (var entry in _changed.Order()) Patch(entry);
        var plan = ShardPlan.Split(_sized, SearchFiles.MaxShardSize);
        var dirty = _shards is null ? null : Dirty(plan.Keys.ToHashSet(StringComparer.Ordinal));
        var shards = new SortedDictionary<string, IndexShard>(StringComparer.Ordinal);
        var members = new Dictionary<string, List<ShardEntry>>(StringComparer.Ordinal);
        _rewritten.Clear();
        foreach (var (prefix, indexes) in plan)
        {
            var entries = indexes.Select(i => _entries[i]).ToList();
            members[prefix] = entries;
            if (dirty is not null && !dirty.Contains(prefix) && _shards!.TryGetValue(prefix, out var kept) && kept.Count == entries.Count)
            {
                shards[prefix] = kept;
                continue;
            }
            var bytes = ShardFiles.Shard(entries, Value);
            shards[prefix] = new IndexShard(prefix, SearchFiles.Name(bytes), entries.Count, () => bytes);
            _rewritten.Add(prefix);
        }
        foreach (var text in _touched)
            if (ShardOf(text, shards) is { } prefix) _rewritten.Add(prefix);
        _shards = shards;
        _members = members;
        _changed.Clear();
        _touched.Clear();
        return Readable ? [.. shards.Values] : null;
    }

    /// <summary>A stem's postings as written, or a written word's stem; empty when the entry's stored shard does
    /// not read back (then nothing made from it is used: see <see cref="Readable"/>).</summary>
    private string Value(ShardEntry e)
    {
        if (!(e.IsStem ? _postings.ContainsKey(e.Text) : _variants.ContainsKey(e.Text)) && !Hold(e.Text)) return "";
        return e.IsStem ? _postings[e.Text] : _variants[e.Text];
    }

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

    /// <summary>The shard of <paramref name="shards"/> an entry's text belongs to: the longest prefix it starts with.</summary>
    private static string? ShardOf<T>(string text, IDictionary<string, T> shards)
    {
        for (var length = text.Length; length >= 0; length--)
            if (shards.ContainsKey(text[..length])) return text[..length];
        return null;
    }

    /// <summary>Sets (or with null removes) digest <paramref name="id"/>'s posting of a stem.</summary>
    private void SetPosting(string stem, int id, int? value)
    {
        if (!Hold(stem)) return;
        if (!_terms.TryGetValue(stem, out var term))
        {
            if (value is null) return;
            _terms[stem] = term = new TermPostings(stem, []);
        }
        var at = FindId(term.Postings, id, p => p.Id);
        if (at >= 0 && value is { } v) term.Postings[at] = new Posting(id, v);
        else if (at >= 0) term.Postings.RemoveAt(at);
        else if (value is { } added) term.Postings.Insert(~at, new Posting(id, added));
        if (term.Postings.Count == 0) _terms.Remove(stem);
        _changed.Add(new ShardEntry(stem, true));
        _touched.Add(stem);
    }

    /// <summary>Sets (or with null removes) the stem a written word has in digest <paramref name="id"/>.</summary>
    private void SetForm(string surface, int id, string? stem)
    {
        if (!Hold(surface)) return;
        if (!_forms.TryGetValue(surface, out var list)) _forms[surface] = list = [];
        var at = FindId(list, id, f => f.Id);
        if (at >= 0 && stem is not null) list[at] = new WordForm(id, stem);
        else if (at >= 0) list.RemoveAt(at);
        else if (stem is not null) list.Insert(~at, new WordForm(id, stem));
        _touched.Add(surface);
        if (list.Count == 0)
        {
            _forms.Remove(surface);
            if (_variants.Remove(surface)) _changed.Add(new ShardEntry(surface, false));
        }
        else if (!_variants.TryGetValue(surface, out var chosen) || chosen != list[0].Stem)
        {
            _variants[surface] = list[0].Stem;
            _changed.Add(new ShardEntry(surface, false));
        }
    }

    /// <summary>Brings a changed entry's place, value and size in the entries up to date.</summary>
    private void Patch(ShardEntry entry)
    {
        bool present;
        if (entry.IsStem)
        {
            present = _terms.TryGetValue(entry.Text, out var term);
            if (present) _postings[entry.Text] = ShardFiles.Encode(term!, _digests);
            else _postings.Remove(entry.Text);
        }
        else present = _variants.ContainsKey(entry.Text);
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

using System.Text;
using System.Text.Json;

namespace DigestSite.Search;

/// <summary>
/// The word index as shard files: <c>{"w": {written word: stem}, "t": {stem: postings}}</c>, where postings are
/// pairs of <see cref="PostingCode"/> numbers (the gap to the digest's number, then the packed score). A stem in
/// more than a quarter of the digests (its rarity adds little to a score) is written as a set instead: "!" and
/// three lists, of the digests that have it, that have it in the title, and in a topic, each as bits (one character
/// a five digests, lowest first) after "b" or as gaps after "i", whichever is shorter, and "|" between them; the
/// digests of a set count at a middle level. A written word sits in the shard of its own prefix, a stem in
/// the shard of the stem's: the script looks a typed word up in the first and fetches the second when it is another.
/// </summary>
public static class ShardFiles
{
    /// <summary>An entry of a shard: a stem with its postings, or a written word with its stem. Entries are sorted
    /// by text, a written word before the stem of the same text.</summary>
    public readonly record struct ShardEntry(string Text, bool IsStem) : IComparable<ShardEntry>
    {
        public int CompareTo(ShardEntry other) =>
            string.CompareOrdinal(Text, other.Text) is var c && c != 0 ? c : IsStem.CompareTo(other.IsStem);
    }

    /// <summary>The shard files of a whole index (see <see cref="ShardedIndex"/> for the one kept between builds).</summary>
    public static List<(string Prefix, byte[] Bytes)> Write(WordIndex index) =>
        ShardedIndex.Build(index, []).Shards()!.Select(s => (s.Prefix, s.Bytes)).ToList();

    /// <summary>About how many bytes an entry takes in its shard.</summary>
    public static int Size(ShardEntry entry, string value) => entry.Text.Length + 6 + value.Length;

    /// <summary>One shard's file from its entries, in order; <paramref name="value"/> gives a stem's postings or a
    /// written word's stem.</summary>
    public static byte[] Shard(IEnumerable<ShardEntry> members, Func<ShardEntry, string> value)
    {
        var list = members as IReadOnlyList<ShardEntry> ?? members.ToList();
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, SearchFiles.Json))
        {
            w.WriteStartObject();
            w.WriteStartObject("w");
            foreach (var e in list)
                if (!e.IsStem) w.WriteString(e.Text, value(e));
            w.WriteEndObject();
            w.WriteStartObject("t");
            foreach (var e in list)
                if (e.IsStem) w.WriteString(e.Text, value(e));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>The level the digests of a set count at (its flags come from the pairs after it).</summary>
    public const int SetLevel = (WordIndex.Levels + 1) / 2;

    /// <summary>A stem's postings as its shard holds them, among <paramref name="digests"/> digests.</summary>
    public static string Encode(TermPostings term, int digests) =>
        term.Postings.Count * 4 > digests ? EncodeSet(term, digests) : AppendPairs(new StringBuilder(term.Postings.Count * 2), term.Postings);

    private static string EncodeSet(TermPostings term, int digests)
    {
        var sb = new StringBuilder().Append('!');
        AppendIdSet(sb, term.Postings.Select(p => p.Id).ToList(), digests);
        sb.Append('|');
        AppendIdSet(sb, term.Postings.Where(p => (p.Value & 1) != 0).Select(p => p.Id).ToList(), digests);
        sb.Append('|');
        AppendIdSet(sb, term.Postings.Where(p => (p.Value & 2) != 0).Select(p => p.Id).ToList(), digests);
        return sb.ToString();
    }

    /// <summary>Increasing ids as bits ("b") or gaps ("i"), whichever is shorter.</summary>
    private static void AppendIdSet(StringBuilder sb, List<int> ids, int digests)
    {
        var gaps = PostingCode.Ids(ids);
        if (gaps.Length <= (digests + 4) / 5) { sb.Append('i').Append(gaps); return; }
        var bits = new int[(digests + 4) / 5];
        foreach (var id in ids) bits[id / 5] |= 1 << (id % 5);
        sb.Append('b');
        foreach (var b in bits) sb.Append(PostingCode.Final[b]);
    }

    private static string AppendPairs(StringBuilder sb, IEnumerable<Posting> pairs)
    {
        var previous = -1;
        foreach (var (id, value) in pairs)
        {
            PostingCode.Append(sb, id - previous - 1);
            PostingCode.Append(sb, value);
            previous = id;
        }
        return sb.ToString();
    }
}

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
    public static List<(string Prefix, byte[] Bytes)> Write(WordIndex index)
    {
        var postings = new Dictionary<string, string>(index.Terms.Count, StringComparer.Ordinal);
        foreach (var (stem, term) in index.Terms)
            postings[stem] = term.Postings.Count * 4 > index.Docs.Count ? EncodeSet(term, index.Docs.Count) : Encode(term);
        // Entries: stems and written words, one sorted list (a word may be both; it is then two entries).
        var entries = new List<(string Text, bool IsStem)>(index.Terms.Count + index.Variants.Count);
        foreach (var stem in index.Terms.Keys) entries.Add((stem, true));
        foreach (var word in index.Variants.Keys) entries.Add((word, false));
        entries.Sort((a, b) => string.CompareOrdinal(a.Text, b.Text) is var c && c != 0 ? c : a.IsStem.CompareTo(b.IsStem));
        var sizes = entries.Select(e => new ShardPlan.Entry(e.Text,
            e.Text.Length + 6 + (e.IsStem ? postings[e.Text].Length : index.Variants[e.Text].Length))).ToList();
        var shards = ShardPlan.Split(sizes, SearchFiles.MaxShardSize);
        var files = new List<(string, byte[])>(shards.Count);
        foreach (var (prefix, members) in shards)
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, SearchFiles.Json))
            {
                w.WriteStartObject();
                w.WriteStartObject("w");
                foreach (var i in members)
                    if (!entries[i].IsStem) w.WriteString(entries[i].Text, index.Variants[entries[i].Text]);
                w.WriteEndObject();
                w.WriteStartObject("t");
                foreach (var i in members)
                    if (entries[i].IsStem) w.WriteString(entries[i].Text, postings[entries[i].Text]);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            files.Add((prefix, buffer.ToArray()));
        }
        return files;
    }

    /// <summary>The level the digests of a set count at (its flags come from the pairs after it).</summary>
    public const int SetLevel = (WordIndex.Levels + 1) / 2;

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

    private static string Encode(TermPostings term) => AppendPairs(new StringBuilder(term.Postings.Count * 2), term.Postings);

    private static string AppendPairs(StringBuilder sb, IEnumerable<(int Id, int Value)> pairs)
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

using DigestSite.Enrichment;

namespace DigestSite.Search;

/// <summary>One digest's place in the index: its stems with their weighted counts and where they stand. The build
/// cache keeps it under <see cref="DocAnalysis.Key"/> as a <see cref="StoredDoc"/>.</summary>
public sealed record IndexedDoc(Dictionary<string, DocStem> Stems, int HalfLength, IReadOnlyList<WordVariant> Variants);

/// <summary>A stem in a digest: its weighted count in half units, and whether it is in the title or a topic.</summary>
public record struct DocStem(int HalfWeight, bool InTitle, bool InTopic);

/// <summary>A digest's entry in a stem's postings: its number and the stem's packed score in it.</summary>
public readonly record struct Posting(int Id, int Value);

/// <summary>A stem's postings: each digest that has it (by id, increasing) with its packed score.</summary>
public sealed record TermPostings(string Stem, List<Posting> Postings);

/// <summary>
/// The word index of a site: for each stem, the digests that hold it with a BM25 score of the stem in the digest
/// (term frequency weighted by field, against the digest's length), packed with two flags (in the title, in a
/// topic) into one small number that the search page combines with the stem's rarity and the digest's age.
/// The length is measured against a fixed reference rather than the site's mean, so that a digest's scores
/// depend on it alone: an edit changes only the shards of its own words. Digests are numbered oldest first, so
/// a new digest takes the next number and those of the others stay.
/// </summary>
public sealed class WordIndex
{
    public const double K1 = 1.2;
    public const double B = 0.75;
    /// <summary>Steps of the packed BM25 part (1..Levels).</summary>
    public const int Levels = 7;
    /// <summary>The length (in weighted half units) a digest's is measured against: about a digest of four
    /// hundred words.</summary>
    public const double ReferenceHalfLength = 800;

    public required IReadOnlyList<EnrichedDigest> Docs { get; init; }
    public required SortedDictionary<string, TermPostings> Terms { get; init; }
    /// <summary>Written word → its stem, for the words whose stem differs from them.</summary>
    public required SortedDictionary<string, string> Variants { get; init; }

    /// <summary>Indexes the digests, oldest first, from their analysed words.</summary>
    public static WordIndex Build(IReadOnlyList<EnrichedDigest> oldestFirst, IReadOnlyList<IndexedDoc> docs)
    {
        var terms = new Dictionary<string, TermPostings>(StringComparer.Ordinal);
        var variants = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var id = 0; id < docs.Count; id++)
        {
            var doc = docs[id];
            foreach (var (stem, s) in doc.Stems)
            {
                if (!terms.TryGetValue(stem, out var postings)) terms[stem] = postings = new TermPostings(stem, []);
                postings.Postings.Add(new Posting(id, Pack(s, doc.HalfLength)));
            }
            foreach (var v in doc.Variants) variants.TryAdd(v.Surface, v.Stem);
        }
        return new WordIndex
        {
            Docs = oldestFirst,
            Terms = new SortedDictionary<string, TermPostings>(terms, StringComparer.Ordinal),
            Variants = variants,
        };
    }

    /// <summary>The BM25 term-frequency part in <see cref="Levels"/> steps, times four, plus one when the stem is in
    /// the title and two when it is in a topic (0..31: one character of <see cref="PostingCode"/>).</summary>
    public static int Pack(DocStem s, int halfLength)
    {
        var tf = s.HalfWeight / 2.0;
        var part = tf * (K1 + 1) / (tf + K1 * (1 - B + B * halfLength / ReferenceHalfLength));
        var level = Math.Clamp((int)Math.Ceiling(part / (K1 + 1) * Levels), 1, Levels);
        return level * 4 + (s.InTitle ? 1 : 0) + (s.InTopic ? 2 : 0);
    }
}

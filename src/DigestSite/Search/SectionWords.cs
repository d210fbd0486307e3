using DigestSite.Content;

namespace DigestSite.Search;

/// <summary>A word as written (folded) that stems to something else: the search page looks words up by what
/// the reader types, so the index lists, for each such word, its stem.</summary>
public readonly record struct WordVariant(string Surface, string Stem);

/// <summary>
/// What the index takes from a digest's sections (labels, headlines, paragraphs): each stem with its weighted
/// count (headlines and labels count more than paragraphs; see <see cref="FieldWeights"/>) in half units, so
/// that it stays whole, in ordinal order of the stems; the number of words; and the written forms of the stems.
/// It depends on the sections' text alone; <see cref="DocAnalysis"/> adds the title, topics and summary to it.
/// The written forms map each form to its stem (a form has one stem in a language).
/// </summary>
public sealed record SectionWords(IReadOnlyDictionary<string, int> Stems, int Length, IReadOnlyDictionary<string, string> Variants)
{
    public static SectionWords Of(Digest digest, LanguageAnalyzer analyzer)
    {
        var tally = new Tally(new Dictionary<string, int>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal), 0, 0);
        foreach (var section in digest.Sections)
        {
            tally.HalfWeight = FieldWeights.LabelHalves;
            analyzer.ForEachWord(section.Label, ref tally, Count);
            tally.HalfWeight = FieldWeights.HeadlineHalves;
            analyzer.ForEachWord(section.Headline, ref tally, Count);
            tally.HalfWeight = FieldWeights.BodyHalves;
            foreach (var p in section.Paragraphs) analyzer.ForEachWord(p, ref tally, Count);
        }
        var stems = new Dictionary<string, int>(tally.Counts.Count, StringComparer.Ordinal);
        foreach (var stem in tally.Counts.Keys.Order(StringComparer.Ordinal)) stems.Add(stem, tally.Counts[stem]);
        var forms = new Dictionary<string, string>(tally.Variants.Count, StringComparer.Ordinal);
        foreach (var surface in tally.Variants.Keys.Order(StringComparer.Ordinal)) forms.Add(surface, tally.Variants[surface]);
        return new SectionWords(stems, tally.Length, forms);
    }

    private struct Tally(Dictionary<string, int> counts, Dictionary<string, string> variants, int length, int halfWeight)
    {
        public readonly Dictionary<string, int> Counts = counts;
        public readonly Dictionary<string, string> Variants = variants;
        public int Length = length;
        public int HalfWeight = halfWeight;
    }

    private static void Count(ref Tally tally, IndexWord w)
    {
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(tally.Counts, w.Stem, out _) += tally.HalfWeight;
        if (!ReferenceEquals(w.Surface, w.Stem) && w.Surface != w.Stem) tally.Variants.TryAdd(w.Surface, w.Stem);
        tally.Length++;
    }
}

/// <summary>How much a word counts where it stands, in half units: title and topics most, then headlines and
/// labels, then the summary and paragraphs.</summary>
public static class FieldWeights
{
    public const int TitleHalves = 10;
    public const int TopicHalves = 10;
    public const int HeadlineHalves = 5;
    public const int LabelHalves = 4;
    public const int SummaryHalves = 1;
    public const int BodyHalves = 2;
}

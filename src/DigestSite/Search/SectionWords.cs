using DigestSite.Content;

namespace DigestSite.Search;

/// <summary>A stem of a digest's sections with its weighted count (headlines and labels count more than
/// paragraphs; see <see cref="FieldWeights"/>), in half units so that it stays whole.</summary>
public readonly record struct StemCount(string Stem, int HalfWeight);

/// <summary>A word as written (folded) that stems to something else: the search page looks words up by what
/// the reader types, so the index lists, for each such word, its stem.</summary>
public readonly record struct WordVariant(string Surface, string Stem);

/// <summary>
/// What the index takes from a digest's sections (labels, headlines, paragraphs): each stem with its weighted
/// count, the number of words, and the written forms of the stems. It depends on the sections' text alone, so a
/// rebuild takes it from <see cref="SearchDocCache"/> for a digest whose file is unchanged instead of reading the
/// sections again.
/// </summary>
public sealed record SectionWords(IReadOnlyList<StemCount> Stems, int Length, IReadOnlyList<WordVariant> Variants)
{
    public static SectionWords Of(Digest digest, LanguageAnalyzer analyzer)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var variants = new HashSet<WordVariant>();
        var length = 0;
        void Add(string text, int halfWeight)
        {
            foreach (var w in analyzer.Words(text))
            {
                counts[w.Stem] = counts.GetValueOrDefault(w.Stem) + halfWeight;
                if (w.Surface != w.Stem) variants.Add(new WordVariant(w.Surface, w.Stem));
                length++;
            }
        }
        foreach (var section in digest.Sections)
        {
            Add(section.Label, FieldWeights.LabelHalves);
            Add(section.Headline, FieldWeights.HeadlineHalves);
            foreach (var p in section.Paragraphs) Add(p, FieldWeights.BodyHalves);
        }
        var stems = counts.Select(c => new StemCount(c.Key, c.Value)).OrderBy(s => s.Stem, StringComparer.Ordinal).ToList();
        var forms = variants.OrderBy(v => v.Surface, StringComparer.Ordinal).ThenBy(v => v.Stem, StringComparer.Ordinal).ToList();
        return new SectionWords(stems, length, forms);
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

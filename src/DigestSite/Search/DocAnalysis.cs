using System.IO.Hashing;
using System.Runtime.InteropServices;
using DigestSite.Enrichment;

namespace DigestSite.Search;

/// <summary>
/// A digest's words as the index weighs them: the title, topic names and summary, and the sections' words
/// (<see cref="SectionWords"/>). A rebuild analyses only the digests whose <see cref="Key"/> changed; the others'
/// analyses are the last build's (<see cref="SearchMemo"/>).
/// </summary>
public static class DocAnalysis
{
    public static IndexedDoc Of(EnrichedDigest digest, LanguageAnalyzer analyzer)
    {
        var sections = SectionWords.Of(digest.Content, analyzer);
        var stems = new Dictionary<string, DocStem>(sections.Stems.Count + 16, StringComparer.Ordinal);
        foreach (var (stem, halves) in sections.Stems) stems[stem] = new DocStem(halves, false, false);
        var variants = new List<WordVariant>(sections.Variants.Count + 16);
        foreach (var (surface, stem) in sections.Variants) variants.Add(new WordVariant(surface, stem));
        var length = 0;
        void Add(string text, int halves, bool title, bool topic)
        {
            foreach (var w in analyzer.Words(text))
            {
                var s = stems.GetValueOrDefault(w.Stem);
                stems[w.Stem] = new DocStem(s.HalfWeight + halves, s.InTitle || title, s.InTopic || topic);
                if (w.Surface != w.Stem) variants.Add(new WordVariant(w.Surface, w.Stem));
                length++;
            }
        }
        Add(digest.Title, FieldWeights.TitleHalves, title: true, topic: false);
        foreach (var t in digest.Topics) Add(t.Name, FieldWeights.TopicHalves, title: false, topic: true);
        Add(digest.Summary, FieldWeights.SummaryHalves, title: false, topic: false);
        return new IndexedDoc(stems, (sections.Length + length) * 2, variants);
    }

    /// <summary>A key of everything a digest's analysis is made from but the language and the settings (its
    /// file's content, title, topics and summary), or null for a digest without a file's content hash.</summary>
    public static UInt128? Key(EnrichedDigest digest)
    {
        if (digest.ContentHash is not { } hash) return null;
        var key = new XxHash128();
        key.Append(hash);
        Text(key, digest.Title);
        key.Append(BitConverter.GetBytes(digest.Topics.Length));
        foreach (var t in digest.Topics) Text(key, t.Name);
        Text(key, digest.Summary);
        return key.GetCurrentHashAsUInt128();
    }

    private static void Text(XxHash128 key, string text)
    {
        key.Append(BitConverter.GetBytes(text.Length));
        key.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}

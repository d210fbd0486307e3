using System.Text.Json.Serialization;

namespace DigestSite.Search;

/// <summary>
/// A digest's analysis (<see cref="IndexedDoc"/>) as the build cache keeps it, in plain arrays and numbers rather
/// than an object a stem or a written word: each stem's weighted count, the stems in the title and in a topic,
/// the length, and the written words with their stems as pairs (surface, then stem) in the analysis's order.
/// </summary>
public sealed record StoredDoc(
    [property: JsonPropertyName("s")] Dictionary<string, int> Stems,
    [property: JsonPropertyName("t")] string[] InTitle,
    [property: JsonPropertyName("k")] string[] InTopic,
    [property: JsonPropertyName("l")] int HalfLength,
    [property: JsonPropertyName("v")] string[] Variants)
{
    public static StoredDoc Of(IndexedDoc doc)
    {
        var stems = new Dictionary<string, int>(doc.Stems.Count, StringComparer.Ordinal);
        List<string> title = [], topic = [];
        foreach (var (stem, s) in doc.Stems)
        {
            stems[stem] = s.HalfWeight;
            if (s.InTitle) title.Add(stem);
            if (s.InTopic) topic.Add(stem);
        }
        var variants = new string[doc.Variants.Count * 2];
        for (var i = 0; i < doc.Variants.Count; i++) (variants[2 * i], variants[2 * i + 1]) = (doc.Variants[i].Surface, doc.Variants[i].Stem);
        return new StoredDoc(stems, [.. title], [.. topic], doc.HalfLength, variants);
    }

    /// <summary>The analysis this record keeps.</summary>
    public IndexedDoc ToDoc()
    {
        var stems = new Dictionary<string, DocStem>(Stems.Count, StringComparer.Ordinal);
        foreach (var (stem, weight) in Stems) stems[stem] = new DocStem(weight, false, false);
        foreach (var stem in InTitle) stems[stem] = stems[stem] with { InTitle = true };
        foreach (var stem in InTopic) stems[stem] = stems[stem] with { InTopic = true };
        var variants = new WordVariant[Variants.Length / 2];
        for (var i = 0; i < variants.Length; i++) variants[i] = new WordVariant(Variants[2 * i], Variants[2 * i + 1]);
        return new IndexedDoc(stems, HalfLength, variants);
    }
}

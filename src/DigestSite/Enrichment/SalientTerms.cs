using DigestSite.Content;
using DigestSite.Topics;

namespace DigestSite.Enrichment;

/// <summary>
/// The words a digest is most about, for finding related digests by content: the words of its title, headlines
/// and paragraphs in lower case and singular, without function words, short words and numbers, counted with the
/// title three times and headlines twice; the <see cref="Count"/> most used (ties: alphabetical).
/// </summary>
public static class SalientTerms
{
    public const int Count = 12;

    public static string[] Of(Digest digest)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(counts, digest.Title, 3);
        foreach (var section in digest.Sections)
        {
            Add(counts, section.Headline, 2);
            foreach (var p in section.Paragraphs) Add(counts, p, 1);
        }
        var terms = new List<KeyValuePair<string, int>>(counts);
        terms.Sort((a, b) => a.Value != b.Value ? b.Value - a.Value : string.CompareOrdinal(a.Key, b.Key));
        var result = new string[Math.Min(Count, terms.Count)];
        for (var i = 0; i < result.Length; i++) result[i] = terms[i].Key;
        return result;
    }

    private static void Add(Dictionary<string, int> counts, string line, int weight)
    {
        foreach (var token in PhraseTokenizer.Tokens(line))
        {
            if (token.Length < 4 || !char.IsLetter(token[0])) continue;
            var word = WordStem.Stem(token.ToLowerInvariant());
            if (StopWords.Contains(word)) continue;
            counts[word] = counts.GetValueOrDefault(word) + weight;
        }
    }

    /// <summary>Words of four letters or more that say nothing about what a story is about.</summary>
    private static readonly HashSet<string> StopWords = new(
        ("about above after again against also although among another around away back because been before behind being below " +
         "between beyond both came come could does doing done down during each even ever every from further have having here " +
         "into just last later least less like made make many more most much must near next only other over said same says " +
         "should since some still such than that their them then there these they this those through under until upon very " +
         "were what when where which while will with within without would year week month today told also already almost " +
         "first second third last next percent million billion people official country government minister spokesperson " +
         "added expected including local national new plan plans report reported says saying statement time").Split(' ', StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);
}

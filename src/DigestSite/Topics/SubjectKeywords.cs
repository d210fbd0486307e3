using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>
/// What a digest is about, in common words: a word or two-word term of the title ("dental care",
/// "earthquake", "data centres") that the body comes back to. A two-word term counts when it appears again in
/// the body and its second word is mostly used in it (so "water polo" is a term, "earthquake sensors" is two
/// words); a single word counts when the body uses it at least twice more. Function words and the generic
/// vocabulary of news ("plan", "government", "record") never count.
/// </summary>
public static class SubjectKeywords
{
    public const int MaxPerDigest = 3;

    /// <summary>
    /// The subject keywords of a digest from the facts of its title words (<see cref="TitleWordCounter"/>):
    /// two-word terms first (scored 100 + how often the body has them), then single words the body uses at
    /// least twice outside those terms, best first, at most <see cref="MaxPerDigest"/>.
    /// </summary>
    /// <param name="isCommon">The answers to the digest's common-word questions.</param>
    [MethodImpl(HotPath.Loop)]
    public static List<KeyedTopic> Pick(TitleWordFacts[] title, ReadOnlySpan<bool> isCommon)
    {
        Span<bool> content = title.Length <= 64 ? stackalloc bool[title.Length] : new bool[title.Length];
        // Stem ids are below the number of title words.
        Span<int> stemsInTerms = title.Length <= 64 ? stackalloc int[title.Length] : new int[title.Length];
        stemsInTerms.Clear();
        for (var i = 0; i < title.Length; i++)
            content[i] = title[i].Eligible && (title[i].Question < 0 || isCommon[title[i].Question]);

        var picked = new List<PickedTerm>();
        for (var i = 0; i + 1 < title.Length; i++)
        {
            if (!content[i] || !content[i + 1] || title[i].PairTerm.Length == 0) continue;
            var together = title[i].TogetherWithNext;
            picked.Add(new PickedTerm(new KeyedTopic(title[i].PairTerm, title[i].PairKey), 100 + together, i));
            stemsInTerms[title[i].StemId] += together;
            stemsInTerms[title[i + 1].StemId] += together;
        }
        for (var i = 0; i < title.Length; i++)
        {
            if (!content[i]) continue;
            var alone = title[i].BodyCount - stemsInTerms[title[i].StemId];
            if (alone >= 2 && !IsPicked(picked, title[i].Word)) picked.Add(new PickedTerm(new KeyedTopic(title[i].Word, title[i].Key), alone, i));
        }

        // Best score first, then title order; insertion order breaks the remaining ties (a stable sort), so
        // pairs stay before words that tie with them.
        for (var i = 1; i < picked.Count; i++)
            for (var j = i; j > 0 && Before(picked[j], picked[j - 1]); j--)
                (picked[j], picked[j - 1]) = (picked[j - 1], picked[j]);
        var terms = new List<KeyedTopic>(MaxPerDigest);
        foreach (var (term, _, _) in picked)
        {
            if (terms.Count == MaxPerDigest) break;
            if (!terms.Exists(t => t.Name == term.Name)) terms.Add(term);
        }
        return terms;
    }

    /// <summary>A candidate term, its score and its place in the title. (A struct of this assembly, not a tuple:
    /// a list of tuples is code the JIT compiles at every start.)</summary>
    private readonly record struct PickedTerm(KeyedTopic Term, int Score, int Order);

    private static bool Before(PickedTerm a, PickedTerm b) =>
        a.Score != b.Score ? a.Score > b.Score : a.Order < b.Order;

    private static bool IsPicked(List<PickedTerm> picked, string term)
    {
        foreach (var p in picked)
            if (p.Term.Name == term) return true;
        return false;
    }

    /// <summary>Singular and plural as one: "centres" → "centre", "countries" → "country", "taxes" → "tax".</summary>
    public static string Stem(string word)
    {
        var (keep, y) = StemOf(word);
        return y ? string.Concat(word.AsSpan(0, keep), "y") : keep == word.Length ? word : word[..keep];
    }

    /// <summary><see cref="Stem"/> without allocating: how many leading characters the stem keeps, and
    /// whether it then ends in "y" ("countries" → "countr" + "y").</summary>
    [MethodImpl(HotPath.Helper)]
    public static (int Keep, bool EndsInY) StemOf(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word.EndsWith("ies")) return (word.Length - 3, true);
        if (word.Length > 4 && (word.EndsWith("ches") || word.EndsWith("shes") || word.EndsWith("sses") || word.EndsWith("xes")))
            return (word.Length - 2, false);
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is"))
            return (word.Length - 1, false);
        return (word.Length, false);
    }

    internal static bool IsStopWord(string word) => StopWords.Contains(word);

    private static readonly HashSet<string> StopWords = new(
        ("about above after again against amid among also another around away back because been before behind being below " +
         "between beyond both came come comes could does doing done down during each even ever every from further gets " +
         "give given gives going gone have having here high higher highest into just keep keeps last late later least " +
         "less like little long made make makes many more most much must near need needs never next only other others " +
         "over same says said should since some still such take takes than that their them then there these they this " +
         "those through under until upon very want wants were what when where which while will with within without " +
         "would year years your time times week weeks month months today news report reports plan plans government " +
         "governments minister ministers ministry official officials people country countries world record records " +
         "first million billion trillion percent deal deals agree agrees agreed approve approves approved adds added " +
         "wins win won offer offers offered face faces faced sees seen draws drew build builds built buys bought " +
         "sign signs signed extend extends extended reach reaches reached open opens opened sets setting cuts rise " +
         "rises rising fall falls falling announce announces announced launch launches launched full support supports " +
         "free part parts lead leads show shows shown help helps warn warns calls call move moves moving start starts " +
         "ahead under over across against amid despite toward towards onto what's it's city cities state states " +
         "national local public major small large big major system systems group groups company companies firm firms " +
         "after first second third four five seven eight nine hundred thousand half quarter rival rivals option options " +
         "wave waves days nearly almost around instant joint strong main final early long short real good better best " +
         "worse worst cheap cheaper costly key latest recent former future past price prices cost costs").Split(' ', StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);
}

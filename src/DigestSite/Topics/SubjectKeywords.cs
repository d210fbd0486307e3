using DigestSite.Content;

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

    public static List<string> Find(Digest digest, IReadOnlySet<string> properNames)
    {
        // A title word written in lower case is a common word; a capitalised one only when it opens the title
        // (or the title capitalises every word) and is not a name elsewhere in the digest.
        var raw = PhraseTokenizer.Tokens(digest.Title);
        var titleCase = NamedEntities.IsTitleCase(digest.Title);
        var title = raw.Select(t => t.ToLowerInvariant()).ToList();
        var common = raw.Select((t, i) => !char.IsUpper(t[0]) || ((i == 0 || titleCase) && !properNames.Contains(title[i]))).ToList();
        var body = new List<string>();
        foreach (var s in digest.Sections)
        {
            body.AddRange(Words(s.Headline));
            foreach (var p in s.Paragraphs) body.AddRange(Words(p));
        }
        var bodyStems = body.Select(Stem).ToList();
        var stemCounts = bodyStems.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        bool Content(int i) => common[i] && title[i].Length >= 4 && title[i].Any(char.IsLetter) && !StopWords.Contains(title[i]);

        var picked = new List<(string Term, int Score, int Order)>();
        var inTerms = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < title.Count; i++)
        {
            if (!Content(i) || !Content(i + 1)) continue;
            var (a, b) = (Stem(title[i]), Stem(title[i + 1]));
            var together = 0;
            for (var j = 0; j + 1 < bodyStems.Count; j++)
                if (bodyStems[j] == a && bodyStems[j + 1] == b) together++;
            if (together >= 1 && together * 2 >= stemCounts.GetValueOrDefault(b))
            {
                picked.Add(($"{title[i]} {title[i + 1]}", 100 + together, i));
                inTerms[a] = inTerms.GetValueOrDefault(a) + together;
                inTerms[b] = inTerms.GetValueOrDefault(b) + together;
            }
        }
        for (var i = 0; i < title.Count; i++)
        {
            if (!Content(i)) continue;
            var stem = Stem(title[i]);
            var alone = stemCounts.GetValueOrDefault(stem) - inTerms.GetValueOrDefault(stem);
            if (alone >= 2 && picked.All(p => p.Term != title[i])) picked.Add((title[i], alone, i));
        }
        return picked.OrderByDescending(p => p.Score).ThenBy(p => p.Order)
            .Select(p => p.Term).Distinct().Take(MaxPerDigest).ToList();
    }

    /// <summary>Lower-case words of a line (capitalised words are names, which other rules handle).</summary>
    private static List<string> Words(string text) =>
        PhraseTokenizer.Tokens(text).Select(t => t.ToLowerInvariant()).ToList();

    /// <summary>Singular and plural as one: "centres" → "centre", "countries" → "country", "taxes" → "tax".</summary>
    public static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.Length > 4 && (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))) return word[..^2];
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal)) return word[..^1];
        return word;
    }

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

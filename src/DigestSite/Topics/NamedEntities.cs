using DigestSite.Content;

namespace DigestSite.Topics;

/// <summary>A person or organisation named in one digest: the fullest form of its name, how often the digest
/// mentions it (a surname alone counts for the full name), and where it first appears.</summary>
public sealed record NamedEntity(string Name, int Mentions, int FirstMention)
{
    public string Key => Name.ToLowerInvariant();
}

/// <summary>
/// People and organisations from the text: capitalised phrases (<see cref="ProperNounScanner"/>) cleaned of
/// roles ("Health Minister"), sentence-initial common words ("Officials", "Salmon") and calendar words, minus
/// the places the gazetteer knows (they are country topics). Phrases that share a distinctive word are one
/// entity: "Tomás Echeverría" and a later "Echeverría", or "Wawel Castle" and "Wawel Royal Castle".
/// </summary>
public sealed class NamedEntities(Gazetteer gazetteer)
{
    /// <summary>Words written in lower case anywhere in these digests: a capitalised word at the start of a
    /// sentence that is one of them ("Tourism is…", "Banks will…") is not a name.</summary>
    public static HashSet<string> CommonWords(IEnumerable<Digest> digests)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var digest in digests)
            foreach (var text in Units(digest))
                foreach (var w in ProperNounScanner.LowerCaseWords(text)) words.Add(w);
        return words;
    }

    public List<NamedEntity> Find(Digest digest, IReadOnlySet<string> commonWords)
    {
        var mentions = new List<(string[] Words, bool Weak)>();
        foreach (var text in Units(digest))
            foreach (var m in ProperNounScanner.Scan(text))
                if (Clean(m, commonWords) is { } cleaned) mentions.Add(cleaned);

        // A capitalised word seen only at the start of sentences is not known to be a name.
        var seenInside = mentions.Where(m => !m.Weak).SelectMany(m => m.Words).ToHashSet(StringComparer.Ordinal);
        mentions.RemoveAll(m => m.Weak && m.Words.Length == 1 && !seenInside.Contains(m.Words[0]));
        return Group(mentions.Select(m => m.Words).ToList());
    }

    private (string[] Words, bool Weak)? Clean(NameMention mention, IReadOnlySet<string> commonWords)
    {
        var words = mention.Words.ToList();
        var startsSentence = mention.StartsSentence;
        var lastRole = words.FindLastIndex(NameWords.Roles.Contains);
        if (lastRole >= 0)
        {
            words.RemoveRange(0, lastRole + 1);
            startsSentence = false;
        }
        while (words.Count > 0 && (NameWords.Function.Contains(words[0]) || NameWords.Calendar.Contains(words[0]) || NameWords.Connectors.Contains(words[0])
               || (startsSentence && commonWords.Contains(words[0].ToLowerInvariant()))))
        {
            words.RemoveAt(0);
            startsSentence = false;
        }
        while (words.Count > 0 && (NameWords.Connectors.Contains(words[^1]) || NameWords.Calendar.Contains(words[^1]))) words.RemoveAt(words.Count - 1);
        if (words.Count == 0 || !words.Any(w => w.Any(char.IsLetter))) return null;
        if (words.Count == 1 && (NameWords.Generic.Contains(words[0]) || words[0].Length < 2)) return null;
        if (gazetteer.TryGetCountry(string.Join(' ', words), out _)) return null;
        return ([.. words], startsSentence);
    }

    /// <summary>Joins mentions that share a distinctive word; names each group by its most used full form.</summary>
    private static List<NamedEntity> Group(List<string[]> mentions)
    {
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        var ownerOfWord = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
            foreach (var word in mentions[i].Where(IsDistinctive))
            {
                if (ownerOfWord.TryGetValue(word, out var j)) parent[Root(i)] = Root(j);
                else ownerOfWord[word] = i;
            }

        return Enumerable.Range(0, mentions.Count).GroupBy(Root)
            .Select(g =>
            {
                var forms = g.Select(i => (Name: string.Join(' ', mentions[i]), Index: i)).ToList();
                var longForms = forms.Where(f => f.Name.Contains(' ')).ToList();
                var best = (longForms.Count > 0 ? longForms : forms)
                    .GroupBy(f => f.Name).OrderByDescending(x => x.Count()).ThenBy(x => x.Min(f => f.Index)).First();
                return new NamedEntity(best.Key, forms.Count, g.Min());
            })
            .OrderByDescending(e => e.Mentions).ThenBy(e => e.FirstMention)
            .ToList();
    }

    private static bool IsDistinctive(string word) =>
        word.Length > 1 && !NameWords.Generic.Contains(word) && !NameWords.Connectors.Contains(word) && !NameWords.Function.Contains(word);

    /// <summary>The prose of a digest where capitals mean names: the title and headlines (unless written in
    /// Title Case, where every word is capitalised) and the paragraphs. Labels are too short to tell.</summary>
    internal static IEnumerable<string> Units(Digest digest)
    {
        if (!IsTitleCase(digest.Title)) yield return digest.Title;
        foreach (var section in digest.Sections)
        {
            if (section.Headline.Length > 0 && !IsTitleCase(section.Headline)) yield return section.Headline;
            foreach (var p in section.Paragraphs) yield return p;
        }
    }

    internal static bool IsTitleCase(string line)
    {
        var long_ = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4 && char.IsLetter(w[0])).ToList();
        return long_.Count >= 3 && long_.Count(w => char.IsUpper(w[0])) >= 0.7 * long_.Count;
    }
}

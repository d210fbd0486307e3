namespace DigestSite.Topics;

/// <summary>
/// Joins a name and its acronym within one digest: "World Health Organization" and a later "WHO" are one entity
/// mentioned by both, named by the full name. An acronym is the initials of the name's capitalised words ("of",
/// "and" are skipped), in capitals, two letters or more.
/// </summary>
internal static class Acronyms
{
    public readonly record struct MergedEntity(NamedEntity Entity, string? Acronym);

    /// <returns>The entities, each acronym's mentions added to its full name's, most mentioned first.</returns>
    public static List<MergedEntity> Merge(NameForm[] forms, NamedEntity[] entities)
    {
        var merged = new MergedEntity[entities.Length];
        var absorbed = new bool[entities.Length];
        for (var i = 0; i < entities.Length; i++)
        {
            var entity = entities[i];
            string? acronym = null;
            var name = forms[entity.Form].Name;
            var initials = Initials(name);
            if (initials is not null && !absorbed[i])
                for (var k = 0; k < entities.Length; k++)
                {
                    if (k == i || absorbed[k] || !Stands(forms[entities[k].Form].Name, initials, name)) continue;
                    absorbed[k] = true;
                    acronym = forms[entities[k].Form].Name;
                    entity = entity with { Mentions = entity.Mentions + entities[k].Mentions, FirstMention = Math.Min(entity.FirstMention, entities[k].FirstMention) };
                }
            merged[i] = new MergedEntity(entity, acronym);
        }
        // An acronym met before its full name (it is mentioned more often) is absorbed all the same.
        var result = new List<MergedEntity>(entities.Length);
        for (var i = 0; i < entities.Length; i++)
            if (!absorbed[i]) result.Add(merged[i]);
        // Merging may reorder: most mentioned first, then first mentioned first (a stable insertion sort).
        for (var i = 1; i < result.Count; i++)
            for (var j = i; j > 0 && (result[j].Entity.Mentions > result[j - 1].Entity.Mentions
                || result[j].Entity.Mentions == result[j - 1].Entity.Mentions && result[j].Entity.FirstMention < result[j - 1].Entity.FirstMention); j--)
                (result[j], result[j - 1]) = (result[j - 1], result[j]);
        return result;
    }

    /// <summary>Whether a short form is the acronym of a name with these initials: all of them, or all but the
    /// last when three letters or more remain ("NIWA" for "National Institute of Water and Atmospheric Research").</summary>
    private static bool Stands(string shortForm, string initials, string name) =>
        shortForm == initials || shortForm.Length >= 3 && shortForm.Length == initials.Length - 1 && initials.StartsWith(shortForm, StringComparison.Ordinal)
        || shortForm.Length > initials.Length && IsCapitals(shortForm) && Spells(shortForm, 0, CapitalisedWords(name), 0);

    /// <summary>Whether the short form spells the words from <paramref name="word"/> on: each word gives its
    /// initial and perhaps more of its letters, in order ("ASEAN": Association, SouthEast, Asian, Nations).</summary>
    private static bool Spells(string shortForm, int at, string[] words, int word)
    {
        if (word == words.Length) return at == shortForm.Length;
        if (at == shortForm.Length || char.ToUpperInvariant(words[word][0]) != shortForm[at]) return false;
        // Try the fewest letters from this word first, then more, each found further into the word.
        var inWord = 0;
        for (var next = at + 1; ; next++)
        {
            if (Spells(shortForm, next, words, word + 1)) return true;
            if (next == shortForm.Length) return false;
            inWord = words[word].IndexOf(char.ToLowerInvariant(shortForm[next]), inWord + 1);
            if (inWord < 0) return false;
        }
    }

    internal static bool IsCapitals(string word)
    {
        foreach (var c in word)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    private static string[] CapitalisedWords(string name) =>
        Array.FindAll(name.Split(' ', StringSplitOptions.RemoveEmptyEntries), w => char.IsUpper(w[0]));

    /// <summary>The initials of a name of two words or more, or null.</summary>
    private static string? Initials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return null;
        var initials = new System.Text.StringBuilder(words.Length);
        foreach (var w in words)
            if (char.IsUpper(w[0])) initials.Append(w[0]);
        return initials.Length >= 2 ? initials.ToString() : null;
    }
}

using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>How one digest names a place (or a configured topic): in the title, in a prominent line (a label, a
/// headline, the story section) and in all; <see cref="Country"/>: a country of the gazetteer, not a region or a
/// city; <see cref="Implied"/>: a country named only through a place of its own ("Berlin", never "Germany");
/// <see cref="Within"/>: the country a city or region lies in, as places.tsv describes it ("Japan" for Kumamoto), but
/// for a capital (<see cref="Gazetteer.CountryAround"/>).</summary>
public readonly record struct PlaceEvidence(string Name, string Key, TopicKind Kind, int TitleMentions, int ProminentMentions, int Mentions,
    bool Country = false, bool Implied = false, string? Within = null)
{
    /// <summary>Title mentions weigh most, then prominent ones: how much the story is set there.</summary>
    public int Score => 4 * TitleMentions + 2 * ProminentMentions + Mentions;

    public string Evidence =>
        Mentions == 1 ? "1 mention" : $"{Mentions} mentions, {TitleMentions + ProminentMentions} prominent";
}

/// <summary>
/// The names of one gazetteer (countries, regions and cities, or configured topics) that a digest uses, counted
/// by where they are. A name that is part of another name is not the place: "Lima" after a capitalised word
/// ("Maria Lima") is a surname, "Guinea" in "Gulf of Guinea" is a sea, "Kenya" in "Athletics Kenya" an
/// organisation. A name inside a longer one of <paramref name="wider"/> is not the place either: "American" in
/// "South American" is not the United States, "Africa" in "South Africa" is not the continent. With
/// <paramref name="ownNameNeeded"/> (the countries), a name that <paramref name="wider"/> knows as a place of its own
/// ("Brussels", "Geneva") counts for its country only beside the country's own name or when the digest names it
/// twice: a story that names Brussels once, where it may stand for the EU, is not set in Belgium. A people's name made from a place's
/// ("Albertans", "Tasmanian") counts for the place. Fed the tokens of every line; reused digest after digest; not
/// thread-safe.
/// </summary>
internal sealed class PlaceNames(Gazetteer names, WordPool pool, TopicKind kind, Gazetteer? wider = null, bool ownNameNeeded = false)
{
    /// <summary>Per name: mentions in the title, in prominent lines, elsewhere, and (of all those) the ones made
    /// through a place of its own.</summary>
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    public bool IsEmpty => names.CountryCount == 0;

    public void Reset() => _counts.Clear();

    /// <param name="where">0: the title, 1: a prominent line, 2: elsewhere.</param>
    public void Count(string text, List<TextToken> tokens, int where)
    {
        if (IsEmpty) return;
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = names.MatchAt(text, tokens, i, out var name);
            if (matched == 0 && names.TryGetPeopleOf(tokens[i].In(text), out name)) matched = 1;
            var widerMatch = matched > 0 && wider is not null ? wider.MatchAt(text, tokens, i, out _) : 0;
            // "Papua" opening "Papua New Guinea" is the other name's.
            if (widerMatch > matched) matched = widerMatch;
            else if (matched > 0 && !IsPartOfAnotherName(text, tokens, i))
            {
                if (!_counts.TryGetValue(name!, out var counts)) _counts[name!] = counts = new int[4];
                counts[where]++;
                if (ownNameNeeded && widerMatch == matched) counts[3]++;
            }
            i += Math.Max(1, matched);
        }
    }

    /// <summary>Words that may stand before a place name without making it part of a longer one.</summary>
    private static readonly HashSet<string> Modifiers = new(
        ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower",
         "Greater", "Rural", "Coastal", "Inner", "Outer", "Old", "Modern", "Mainland", "Post-war", "Pre-war"], StringComparer.Ordinal);

    /// <summary>Features whose "X of Place" names a sea, a strait or a mountain, not the country.</summary>
    private static readonly HashSet<string> Features = new(
        ["Gulf", "Bay", "Sea", "Strait", "Straits", "Cape", "Horn", "Lake", "Mount", "River", "Isle", "Island", "Islands",
         "Bight", "Sound", "Channel", "Coast", "Plateau", "Basin"], StringComparer.Ordinal);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsPartOfAnotherName(string text, List<TextToken> tokens, int i)
    {
        if (i == 0) return false;
        var before = tokens[i - 1];
        if (!OnlySpaces(text, before, tokens[i])) return false;
        if (wider is not null && wider.MatchAt(text, tokens, i - 1, out _) > 1) return true;
        var word = before.In(text);
        if (word.Length == 0 || !char.IsUpper(word[0])) return word is "of" or "de" && i >= 2 && OnlySpaces(text, tokens[i - 2], before) && IsFeature(text, tokens[i - 2]);
        var id = pool.Id(word);
        if (pool.Is(id, WordTraits.Function | WordTraits.Calendar | WordTraits.Role | WordTraits.Country)) return false;
        return !Modifiers.Contains(pool[id]);
    }

    private static bool IsFeature(string text, TextToken token) => Features.Contains(token.In(text).ToString());

    private static bool OnlySpaces(string text, TextToken first, TextToken second)
    {
        for (var k = first.Start + first.Length; k < second.Start; k++)
            if (text[k] != ' ') return false;
        return true;
    }

    /// <summary>The country a place of its own lies in (the wider list holds the countries), or null for a country
    /// or a capital.</summary>
    private string? CountryAround(string name) => ownNameNeeded ? null : wider?.CountryAround(name);

    /// <summary>Most weighty first, then by name, so the list is stable.</summary>
    public void AppendTo(List<PlaceEvidence> places)
    {
        var start = places.Count;
        foreach (var (name, counts) in _counts)
            if (counts[3] < counts[0] + counts[1] + counts[2] || counts[3] >= 2)
                places.Add(new PlaceEvidence(name, pool.TopicKey(name), kind, counts[0], counts[1], counts[0] + counts[1] + counts[2], ownNameNeeded,
                    counts[3] == counts[0] + counts[1] + counts[2], CountryAround(name)));
        places.Sort(start, places.Count - start, Comparer<PlaceEvidence>.Create((a, b) =>
            a.Score != b.Score ? b.Score - a.Score : string.CompareOrdinal(a.Name, b.Name)));
    }
}

using System.Buffers;
using System.Text;

namespace DigestSite.Topics;

/// <summary>
/// The built-in list of the world's countries with the names that point to them (other names, demonyms,
/// major cities), read from the embedded <c>data/gazetteer.tsv</c>. Matching is case-sensitive: place names are
/// proper nouns, and "china" in "fine china" is not a country.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, string> _countryByPhrase;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _countryBySpan;

    /// <summary>Longest phrase (in tokens) that starts with a given token: most words start no name, and
    /// this lets matching skip them without building a single candidate phrase.</summary>
    private readonly Dictionary<string, int> _longestStartingWith = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _longestStartingWithSpan;

    /// <summary>The first letters of the words that start a name: a cheap test that rules out most words
    /// (lower-case ones, for the built-in list) before any hashing.</summary>
    private readonly SearchValues<char> _firstLetters;

    public int MaxPhraseTokens { get; }
    public int CountryCount { get; }

    /// <summary>Per place of places.tsv (its name as written there), the country its description names, capitals
    /// aside ("The capital of Greece"): named in a story, a capital often stands for its government ("Athens said"),
    /// so it tells less of where the story is set.</summary>
    private readonly Dictionary<string, string> _countryAround;

    private Gazetteer(Dictionary<string, string> countryByPhrase, int countryCount, Dictionary<string, string> countryAround)
    {
        _countryByPhrase = countryByPhrase;
        _countryAround = countryAround;
        foreach (var key in countryByPhrase.Keys)
        {
            var first = key.Split(' ')[0];
            var length = 1;
            foreach (var c in key) if (c == ' ') length++;
            MaxPhraseTokens = Math.Max(MaxPhraseTokens, length);
            if (!_longestStartingWith.TryGetValue(first, out var longest) || longest < length) _longestStartingWith[first] = length;
        }
        CountryCount = countryCount;
        _countryBySpan = _countryByPhrase.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestStartingWithSpan = _longestStartingWith.GetAlternateLookup<ReadOnlySpan<char>>();
        // (Repeated letters are fine: the set is what counts.)
        var firstLetters = new StringBuilder(_longestStartingWith.Count);
        foreach (var key in _longestStartingWith.Keys)
            if (key.Length > 0) firstLetters.Append(key[0]);
        _firstLetters = SearchValues.Create(firstLetters.ToString());
    }

    private static readonly Lazy<List<PlaceLine>> BuiltInPlaceLines = new(() => [.. Lines(Resource("data/places.tsv"))]);
    private static readonly Lazy<List<PlaceLine>> BuiltInCountryLines = new(() => [.. Lines(Resource("data/gazetteer.tsv"), regions: true)]);
    private static readonly Lazy<Gazetteer> BuiltIn = new(() => Parse(BuiltInCountryLines.Value, BuiltInPlaceLines.Value));
    private static readonly Lazy<Gazetteer> BuiltInPlaces = new(() => Parse(BuiltInPlaceLines.Value, []));

    /// <summary>The world's countries, with the names that point to them: their own aliases, and the places of
    /// <c>data/places.tsv</c> that say which country they are in.</summary>
    public static Gazetteer Default => BuiltIn.Value;

    /// <summary>Regions, cities and natural places that are topics of their own (<c>data/places.tsv</c>).</summary>
    public static Gazetteer Places => BuiltInPlaces.Value;

    /// <summary>The lines of <c>data/places.tsv</c>: each place, its aliases and its description.</summary>
    internal static IReadOnlyList<PlaceLine> PlaceLines => BuiltInPlaceLines.Value;

    /// <summary>The lines of <c>data/gazetteer.tsv</c>: each country, its aliases and, as its description, the
    /// heading it is listed under ("Africa", "Other territories and places").</summary>
    internal static IReadOnlyList<PlaceLine> CountryLines => BuiltInCountryLines.Value;

    internal static string Resource(string name)
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(name);
        return stream is null ? "" : new StreamReader(stream).ReadToEnd();
    }

    /// <summary>Lines of <c>Country\talias|alias|…</c>; <c>#</c> starts a comment. With <paramref name="places"/>
    /// (lines of <c>Place\talias|…\tdescription</c>), a place whose description ends in a listed country ("A state
    /// of India", "A city in Poland", "A nation of the United Kingdom") points to that country too, with its
    /// aliases; an alias the country list gives already keeps its country.</summary>
    public static Gazetteer Parse(string tsv, string? places = null) => Parse(Lines(tsv), Lines(places ?? ""));

    private static Gazetteer Parse(IEnumerable<PlaceLine> countryLines, IEnumerable<PlaceLine> placeLines)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var countries = 0;
        foreach (var (country, aliases, _) in countryLines)
        {
            countries++;
            map.TryAdd(Key(country), country);
            foreach (var alias in aliases) map.TryAdd(Key(alias), country);
        }
        var countryAround = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (place, aliases, description) in placeLines)
        {
            if (CountryOf(description, map) is not { } country) continue;
            map.TryAdd(Key(place), country);
            foreach (var alias in aliases) map.TryAdd(Key(alias), country);
            if (description != $"The capital of {country}" && description != $"The capital of the {country}") countryAround.TryAdd(place, country);
        }
        return new Gazetteer(map, countries, countryAround);
    }

    /// <summary>The lines of a list of names (these two, and <c>data/aliases.tsv</c>): a name, its aliases (none when
    /// the column is missing) and a description (empty when missing; with <paramref name="regions"/>, the last heading
    /// above the line: a short comment line such as "# Africa"); comments, empty lines and lines without a name are
    /// skipped.</summary>
    internal static IEnumerable<PlaceLine> Lines(string tsv, bool regions = false)
    {
        var region = "";
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (regions && line.StartsWith("# ", StringComparison.Ordinal) && !line.Contains(':') && line.Length < 40) region = line[2..].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            var name = parts[0].Trim();
            if (name.Length == 0) continue;
            var aliases = parts.Length > 1 ? parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            yield return new(name, aliases, parts.Length > 2 ? parts[2].Trim() : region);
        }
    }

    /// <summary>The country a place's description ends in, after an " of " or " in " (and a "the"), when the country
    /// list names it as a country (not as another's alias): "India" in "A state of India", "Democratic Republic of the
    /// Congo" in "A city in the Democratic Republic of the Congo" (the first such ending that is a country wins).</summary>
    private static string? CountryOf(string description, Dictionary<string, string> countries)
    {
        for (var at = 0; at < description.Length; at++)
        {
            if (string.CompareOrdinal(description, at, " of ", 0, 4) != 0 && string.CompareOrdinal(description, at, " in ", 0, 4) != 0) continue;
            var name = description[(at + 4)..].TrimEnd('.');
            if (name.StartsWith("the ", StringComparison.Ordinal)) name = name[4..];
            if (countries.TryGetValue(Key(name), out var country) && country == name) return country;
        }
        return null;
    }

    public bool TryGetCountry(string phraseKey, out string country) => _countryByPhrase.TryGetValue(phraseKey, out country!);

    public bool TryGetCountry(ReadOnlySpan<char> phraseKey, out string country) => _countryBySpan.TryGetValue(phraseKey, out country!);

    /// <summary>The country a city or region of places.tsv lies in, by its name as written there ("Japan" for
    /// "Kumamoto", "the United States" for "St. Louis"); null for a capital or a place of no one country.</summary>
    public string? CountryAround(string place) => _countryAround.GetValueOrDefault(place);

    /// <summary>A people's name made from a place's name ending in "a" that is not listed itself: "Albertans" and
    /// "Albertan" for Alberta, "Tasmanians" for Tasmania. A word the list uses itself ("African" in "African
    /// continent") is left as the list has it.</summary>
    public bool TryGetPeopleOf(ReadOnlySpan<char> word, out string? country)
    {
        country = null;
        if (word.Length < 5 || !char.IsUpper(word[0])) return false;
        var stem = word.EndsWith("ans") ? word[..^2] : word.EndsWith("an") ? word[..^1] : default;
        return stem.Length >= 4 && stem[^1] == 'a' && _firstLetters.Contains(stem[0]) && !_longestStartingWithSpan.ContainsKey(word)
            && TryGetCountry(stem, out country!);
    }

    /// <summary>Countries named in <paramref name="text"/>, one entry per mention, longest phrase first.</summary>
    public IEnumerable<string> Mentions(string text)
    {
        var tokens = new List<TextToken>();
        PhraseTokenizer.Tokenize(text, tokens);
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = MatchAt(text, tokens, i, out var country);
            if (matched > 0) yield return country!;
            i += Math.Max(1, matched);
        }
    }

    /// <summary>The longest name that starts at token <paramref name="i"/>: how many tokens it spans (0 when
    /// none does) and its country.</summary>
    public int MatchAt(string text, List<TextToken> tokens, int i, out string? country)
    {
        country = null;
        var first = tokens[i].In(text);
        if (first.Length > 0 && !_firstLetters.Contains(first[0])) return 0;
        if (!_longestStartingWithSpan.TryGetValue(first, out var longest)) return 0;
        var n = Math.Min(longest, tokens.Count - i);
        if (n == 1) return TryGetCountry(first, out country!) ? 1 : 0;

        // Longer phrases are looked up as the tokens joined by single spaces (the form of the keys); the
        // phrase of k tokens is a prefix of the phrase of n, so one buffer serves every length.
        Span<int> prefixLength = stackalloc int[n];
        var length = -1;
        for (var k = 0; k < n; k++) prefixLength[k] = length += 1 + tokens[i + k].Length;
        Span<char> phrase = length <= 256 ? stackalloc char[length] : new char[length];
        for (var k = 0; k < n; k++)
        {
            var start = k == 0 ? 0 : prefixLength[k - 1] + 1;
            if (k > 0) phrase[start - 1] = ' ';
            tokens[i + k].In(text).CopyTo(phrase[start..]);
        }
        for (; n >= 1; n--)
            if (TryGetCountry(phrase[..prefixLength[n - 1]], out country!)) return n;
        country = null;
        return 0;
    }

    private static string Key(string phrase) => string.Join(' ', PhraseTokenizer.Tokens(phrase));
}

/// <summary>A line of <c>data/gazetteer.tsv</c>, <c>data/places.tsv</c> or <c>data/aliases.tsv</c>: a name, its aliases and its description
/// (in the built-in country list, the heading it is listed under; see <see cref="Gazetteer.CountryLines"/>).</summary>
internal readonly record struct PlaceLine(string Name, string[] Aliases, string Description);

using System.Reflection;

namespace DigestSite.Topics;

/// <summary>
/// The built-in list of the world's countries with the names that point to them (other names, demonyms,
/// major cities), read from the embedded <c>data/gazetteer.tsv</c>. Matching is case-sensitive: place names are
/// proper nouns, and "china" in "fine china" is not a country.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, string> _countryByPhrase;

    /// <summary>Longest phrase (in tokens) that starts with a given token: most words start no name, and
    /// this lets matching skip them without building a single candidate phrase.</summary>
    private readonly Dictionary<string, int> _longestStartingWith = new(StringComparer.Ordinal);

    public int MaxPhraseTokens { get; }
    public int CountryCount { get; }

    private Gazetteer(Dictionary<string, string> countryByPhrase, int countryCount)
    {
        _countryByPhrase = countryByPhrase;
        MaxPhraseTokens = countryByPhrase.Count == 0 ? 0 : countryByPhrase.Keys.Max(k => k.Count(c => c == ' ') + 1);
        foreach (var key in countryByPhrase.Keys)
        {
            var first = key.Split(' ')[0];
            var length = key.Count(c => c == ' ') + 1;
            if (_longestStartingWith.GetValueOrDefault(first) < length) _longestStartingWith[first] = length;
        }
        CountryCount = countryCount;
    }

    private static readonly Lazy<Gazetteer> BuiltIn = new(() =>
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("data/gazetteer.tsv");
        return stream is null ? new Gazetteer([], 0) : Parse(new StreamReader(stream).ReadToEnd());
    });

    public static Gazetteer Default => BuiltIn.Value;

    /// <summary>Lines of <c>Country\talias|alias|…</c>; <c>#</c> starts a comment.</summary>
    public static Gazetteer Parse(string tsv)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var countries = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            var country = parts[0].Trim();
            if (country.Length == 0) continue;
            countries++;
            map.TryAdd(Key(country), country);
            if (parts.Length < 2) continue;
            foreach (var alias in parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                map.TryAdd(Key(alias), country);
        }
        return new Gazetteer(map, countries);
    }

    public bool TryGetCountry(string phraseKey, out string country) => _countryByPhrase.TryGetValue(phraseKey, out country!);

    /// <summary>Countries named in <paramref name="text"/>, one entry per mention, longest phrase first.</summary>
    public IEnumerable<string> Mentions(string text)
    {
        var tokens = PhraseTokenizer.Tokens(text).ToArray();
        var i = 0;
        while (i < tokens.Length)
        {
            var matched = 0;
            var longest = _longestStartingWith.GetValueOrDefault(tokens[i]);
            for (var n = Math.Min(longest, tokens.Length - i); n >= 1; n--)
            {
                var phrase = n == 1 ? tokens[i] : string.Join(' ', tokens, i, n);
                if (!TryGetCountry(phrase, out var country)) continue;
                yield return country;
                matched = n;
                break;
            }
            i += Math.Max(1, matched);
        }
    }

    private static string Key(string phrase) => string.Join(' ', PhraseTokenizer.Tokens(phrase));
}

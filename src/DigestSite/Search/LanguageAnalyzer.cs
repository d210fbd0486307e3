using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace DigestSite.Search;

/// <summary>A word as the index keeps it: folded as written (what a reader types) and its folded stem.</summary>
public readonly record struct IndexWord(string Surface, string Stem);

/// <summary>
/// Words of a text as the index keeps them, for one site language: split (<see cref="WordSplitter"/>), lower-cased,
/// stop words left out, stemmed with the language's Snowball stemmer from Lucene.Net.Analysis.Common, accents
/// taken off. A language without a stemmer keeps its words whole (folded) and has no stop words. One analyzer per
/// thread: a Snowball stemmer holds the word it is working on.
/// </summary>
public sealed class LanguageAnalyzer
{
    private readonly SnowballProgram? _stemmer;
    private readonly CharArraySet _stopWords;
    private readonly Dictionary<string, IndexWord> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndexWord>.AlternateLookup<ReadOnlySpan<char>> _seenBySpan;

    public LanguageAnalyzer(string language)
    {
        Language = SearchLanguages.Normalise(language);
        (_stemmer, _stopWords) = SearchLanguages.For(Language);
        _seenBySpan = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The language code the analyzer was made for ("en", "fr"...; "" for one it does not know).</summary>
    public string Language { get; }

    /// <summary>The stop words, folded (the search page leaves them out of a query too).</summary>
    public IEnumerable<string> StopWords => _stopWords.Select(w => WordFolding.Fold(w.ToString()!)).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The words of <paramref name="text"/> that are indexed, in order (stop words left out).</summary>
    public IEnumerable<IndexWord> Words(string text)
    {
        foreach (var (_, word) in WordSplitter.Words(text))
            if (Analyse(word) is { } w) yield return w;
    }

    /// <summary>Calls <paramref name="add"/> with each indexed word of <paramref name="text"/>, in order: what
    /// <see cref="Words"/> gives, without making a string of a word already seen (the index's hot path).</summary>
    public void ForEachWord<TState>(string text, ref TState state, WordAction<TState> add)
    {
        var i = 0;
        while (WordSplitter.Next(text, ref i, out var start, out var end, out var abbreviation))
        {
            IndexWord? word;
            if (abbreviation is null && _seenBySpan.TryGetValue(text.AsSpan(start, end - start), out var known))
                word = known.Stem.Length == 0 ? null : known;
            else word = Analyse(abbreviation ?? text[start..end]);
            if (word is { } w) add(ref state, w);
        }
    }

    public delegate void WordAction<TState>(ref TState state, IndexWord word);

    /// <summary>One word as the index keeps it, or null for a stop word.</summary>
    public IndexWord? Analyse(string word)
    {
        if (_seen.TryGetValue(word, out var known)) return known.Stem.Length == 0 ? null : known;
        var lower = WordFolding.Lower(word);
        IndexWord result;
        if (_stopWords.Contains(lower)) result = new IndexWord(WordFolding.StripAccents(lower), "");
        else
        {
            var stem = lower;
            if (_stemmer is not null && !IsNumber(lower))
            {
                _stemmer.SetCurrent(lower);
                _stemmer.Stem();
                stem = _stemmer.Current;
            }
            result = new IndexWord(WordFolding.StripAccents(lower), WordFolding.StripAccents(stem));
        }
        if (_seen.Count < MaxRemembered) _seen[word] = result;
        return result.Stem.Length == 0 ? null : result;
    }

    private const int MaxRemembered = 200_000;

    private static bool IsNumber(string word)
    {
        foreach (var c in word) if (!char.IsDigit(c)) return false;
        return true;
    }
}

/// <summary>The Snowball stemmers and stop lists the index knows, by site language.</summary>
public static class SearchLanguages
{
    /// <summary>"en-GB" and "EN" are "en".</summary>
    public static string Normalise(string language)
    {
        var code = (language ?? "").Trim().ToLowerInvariant();
        var dash = code.IndexOfAny(['-', '_']);
        return dash > 0 ? code[..dash] : code;
    }

    public static (SnowballProgram? Stemmer, CharArraySet StopWords) For(string language) => language switch
    {
        "en" => (new EnglishStemmer(), Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet),
        "fr" => (new FrenchStemmer(), Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet),
        "de" => (new German2Stemmer(), Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet),
        "es" => (new SpanishStemmer(), Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet),
        "pt" => (new PortugueseStemmer(), Lucene.Net.Analysis.Pt.PortugueseAnalyzer.DefaultStopSet),
        "it" => (new ItalianStemmer(), Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet),
        "nl" => (new DutchStemmer(), Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet),
        _ => (null, CharArraySet.Empty),
    };
}

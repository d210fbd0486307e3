using DigestSite.Search;

namespace DigestSite.Tests.Search;

/// <summary>How the index splits, folds and stems words (the search page folds and splits what the reader types
/// the same way).</summary>
public sealed class WordAnalysisTests
{
    [Fact]
    public void Words_are_runs_of_letters_and_digits_and_abbreviations_with_stops_are_one_word()
    {
        var words = WordSplitter.Words("A.I. rules: the U.S.A's AI-ready 2026 plan (Côte d'Ivoire), e.g. said").Select(w => w.Word);
        Assert.Equal(["AI", "rules", "the", "USA", "s", "AI", "ready", "2026", "plan", "Côte", "d", "Ivoire", "eg", "said"], words);
    }

    [Fact]
    public void A_word_knows_where_it_starts()
    {
        Assert.Equal([(0, "AI"), (5, "and"), (9, "Taiwan")], WordSplitter.Words("A.I. and Taiwan").ToList());
    }

    [Theory]
    [InlineData("TŌKYŌ", "tōkyō")]
    [InlineData("SÃO TOMÉ", "são tomé")]
    [InlineData("ﬁnance", "finance")] // a compatibility ligature
    [InlineData("Zürich", "zürich")]
    public void Folding_joins_compatibility_forms_and_lowers_case(string word, string lower) =>
        Assert.Equal(lower, WordFolding.Lower(word));

    [Theory]
    [InlineData("Tōkyō", "tokyo")]
    [InlineData("São Tomé", "sao tome")]
    [InlineData("Kraków", "krakow")]
    [InlineData("Nguyễn", "nguyen")]
    public void Folding_takes_accents_off(string word, string folded) => Assert.Equal(folded, WordFolding.Fold(word));

    [Fact]
    public void English_words_are_stemmed_so_that_forms_of_a_word_meet()
    {
        var en = new LanguageAnalyzer("en-GB");
        Assert.Equal("en", en.Language);
        Assert.Equal(Stem(en, "minister"), Stem(en, "Ministers"));
        Assert.Equal(Stem(en, "vote"), Stem(en, "voting"));
        Assert.Equal(Stem(en, "rebuild"), Stem(en, "rebuilds"));
        Assert.NotEqual(Stem(en, "minister"), Stem(en, "mind"));
        // The written form is kept too (folded), for the search page to look a typed word up by.
        Assert.Equal(new IndexWord("ministers", "minist"), en.Analyse("Ministers"));
        Assert.Equal("ai", Stem(en, "AI"));
    }

    [Fact]
    public void Stop_words_are_left_out_and_numbers_are_kept_whole()
    {
        var en = new LanguageAnalyzer("en");
        Assert.Equal(["harbour", "town", "vote", "2026", "over"], en.Words("The harbour town votes in 2026, and it is over").Select(w => w.Stem));
        Assert.Contains("the", en.StopWords);
        Assert.Equal("2026", Stem(en, "2026"));
    }

    [Fact]
    public void Other_languages_have_their_own_stemmer_and_stop_words()
    {
        var fr = new LanguageAnalyzer("fr");
        Assert.Equal(Stem(fr, "économique"), Stem(fr, "économiques"));
        Assert.Null(fr.Analyse("les"));
        Assert.Equal("econom", Stem(fr, "économie")); // accents off after stemming
        var de = new LanguageAnalyzer("de");
        Assert.Equal(Stem(de, "Häuser"), Stem(de, "Hauser"));
        Assert.Null(de.Analyse("und"));
    }

    [Fact]
    public void A_language_without_a_stemmer_keeps_words_whole_and_folded()
    {
        var unknown = new LanguageAnalyzer("xx");
        Assert.Equal(["the", "ministers", "sao"], unknown.Words("The Ministers São").Select(w => w.Stem));
    }

    private static string Stem(LanguageAnalyzer analyzer, string word) => analyzer.Analyse(word)!.Value.Stem;
}

using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>
/// The per-digest half of <see cref="SubjectKeywords"/>: which title words may be subject words, and how the
/// body (headlines and paragraphs, read as one run of words) uses their stems, alone and in pairs. Only the
/// title's stems are counted, so the body's words are compared, never stored. Feed it the title, then the
/// names of every scanned line, then the body in order. Reused digest after digest; not thread-safe.
/// </summary>
internal sealed class TitleWordCounter(CommonWordQuestions questions, WordPool pool)
{
    /// <summary>What the digest's names say about a capitalised title word that may only be capitalised
    /// because it opens the title (or the title capitalises every word).</summary>
    private enum NameUse { NotTested, NoName, OnlyOpensSentences, Name }

    private readonly List<string> _words = [];
    private readonly List<int> _wordIds = [];
    /// <summary>For a word that only opens sentences: the word as written there, which the question is about.</summary>
    private readonly List<int> _sentenceOpener = [];
    private readonly List<bool> _eligible = [];
    private readonly List<NameUse> _nameUse = [];
    private readonly List<int> _stemIds = [];
    private readonly List<string> _stems = [];
    private int[] _stemCounts = new int[16];
    private int[,] _pairCounts = new int[16, 16];
    private int _previousStem;
    private char[] _buffer = new char[64];

    public void BeginTitle(string title, List<TextToken> tokens, bool titleCase)
    {
        _words.Clear();
        _wordIds.Clear();
        _sentenceOpener.Clear();
        _eligible.Clear();
        _nameUse.Clear();
        _stemIds.Clear();
        _stems.Clear();
        _previousStem = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var raw = tokens[i].In(title);
            var id = LowerCaseId(raw);
            var word = pool[id];
            var eligible = word.Length >= 4 && HasLetter(word) && !SubjectKeywords.IsStopWord(word);
            // A capitalised word is a name unless it opens the title (or the title capitalises every word)
            // and the text does not use it as a name.
            var capitalised = char.IsUpper(raw[0]);
            if (capitalised && i != 0 && !titleCase) eligible = false;
            _words.Add(word);
            _wordIds.Add(id);
            _sentenceOpener.Add(-1);
            _eligible.Add(eligible);
            _nameUse.Add(eligible && capitalised ? NameUse.NoName : NameUse.NotTested);
            _stemIds.Add(eligible ? StemId(SubjectKeywords.Stem(word)) : -1);
        }
        if (_stemCounts.Length < _stems.Count) _stemCounts = new int[_stems.Count * 2];
        if (_pairCounts.GetLength(0) < _stems.Count) _pairCounts = new int[_stems.Count * 2, _stems.Count * 2];
        Array.Clear(_stemCounts);
        Array.Clear(_pairCounts);
    }

    /// <summary>Learns which tested title words are names: a word is one when the text capitalises it inside
    /// a name, after a sentence's first word, or as a place; when it is capitalised only at the start of
    /// sentences, it is a name unless the corpus writes it in lower case.</summary>
    [MethodImpl(HotPath.Loop)]
    public void ObserveNames(List<ScannedWord> words, List<NameMention> mentions)
    {
        if (!_nameUse.Exists(use => use is NameUse.NoName or NameUse.OnlyOpensSentences)) return;
        foreach (var mention in mentions)
            for (var k = 0; k < mention.Count; k++)
            {
                var word = words[mention.First + k].Word;
                var lower = pool.LowerCaseId(word);
                for (var t = 0; t < _wordIds.Count; t++)
                {
                    if (_wordIds[t] != lower || _nameUse[t] is NameUse.NotTested or NameUse.Name) continue;
                    if (k > 0 || !mention.StartsSentence || pool.Is(word, WordTraits.Country)) _nameUse[t] = NameUse.Name;
                    else if (_nameUse[t] == NameUse.NoName) (_nameUse[t], _sentenceOpener[t]) = (NameUse.OnlyOpensSentences, word);
                }
            }
    }

    /// <summary>Counts the title's stems in the next line of the body.</summary>
    [MethodImpl(HotPath.Loop)]
    public void CountBody(string text, List<TextToken> tokens)
    {
        if (_stems.Count == 0) return;
        foreach (var token in tokens)
        {
            var stem = StemIdOf(token.In(text));
            if (stem >= 0)
            {
                _stemCounts[stem]++;
                if (_previousStem >= 0) _pairCounts[_previousStem, stem]++;
            }
            _previousStem = stem;
        }
    }

    public TitleWordFacts[] Build()
    {
        var facts = new TitleWordFacts[_words.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            var word = _words[i];
            var eligible = _eligible[i] && _nameUse[i] != NameUse.Name;
            if (!eligible)
            {
                facts[i] = new TitleWordFacts(word, "", false, -1, -1, 0, 0, "", "");
                continue;
            }
            var question = _nameUse[i] == NameUse.OnlyOpensSentences ? questions.Of(_sentenceOpener[i]) : -1;
            var stem = _stemIds[i];
            var together = 0;
            var pair = "";
            if (i + 1 < facts.Length && _eligible[i + 1] && _nameUse[i + 1] != NameUse.Name)
            {
                together = _pairCounts[stem, _stemIds[i + 1]];
                if (together >= 1 && together * 2 >= _stemCounts[_stemIds[i + 1]]) pair = $"{word} {_words[i + 1]}";
            }
            facts[i] = new TitleWordFacts(word, pool.TopicKey(word), true, question, stem, _stemCounts[stem], together,
                pair, pair.Length == 0 ? "" : pool.TopicKey(pair));
        }
        return facts;
    }

    private static bool HasLetter(string word)
    {
        foreach (var c in word)
            if (char.IsLetter(c)) return true;
        return false;
    }

    private int LowerCaseId(ReadOnlySpan<char> word)
    {
        if (_buffer.Length < word.Length + 1) _buffer = new char[word.Length * 2 + 1];
        return pool.Id(_buffer.AsSpan(0, word.ToLowerInvariant(_buffer)));
    }


    private int StemId(string stem)
    {
        var id = _stems.IndexOf(stem);
        if (id >= 0) return id;
        _stems.Add(stem);
        return _stems.Count - 1;
    }

    /// <summary>A cheap test that rules out most body words before lower-casing and stemming them: a stem
    /// starts with the word's first letter in lower case and is at most two characters shorter.</summary>
    [MethodImpl(HotPath.Helper)]
    private bool MayHaveTitleStem(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || char.IsSurrogate(word[0])) return true;
        var first = char.ToLowerInvariant(word[0]);
        foreach (var stem in _stems)
            if (stem[0] == first && stem.Length <= word.Length && stem.Length >= word.Length - 2) return true;
        return false;
    }

    /// <summary>The id of the lower-cased stem of a body word among the title's stems, or -1.</summary>
    [MethodImpl(HotPath.Helper)]
    private int StemIdOf(ReadOnlySpan<char> word)
    {
        if (!MayHaveTitleStem(word)) return -1;
        if (_buffer.Length < word.Length + 1) _buffer = new char[word.Length * 2 + 1];
        var lower = _buffer.AsSpan(0, word.ToLowerInvariant(_buffer));
        var (keep, endsInY) = SubjectKeywords.StemOf(lower);
        if (endsInY) _buffer[keep++] = 'y';
        var stem = _buffer.AsSpan(0, keep);
        for (var id = 0; id < _stems.Count; id++)
            if (stem.SequenceEqual(_stems[id])) return id;
        return -1;
    }
}

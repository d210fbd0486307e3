using System.Runtime.CompilerServices;
using DigestSite.Content;

namespace DigestSite.Topics;

/// <summary>
/// Reads one digest once and gathers its <see cref="DigestTopicFacts"/>: each line is tokenized once for
/// places and subject words, and each line of prose is scanned once for capitalised phrases and lower-case
/// words. The builder keeps its buffers from digest to digest, so use one per thread.
/// </summary>
internal sealed class TopicFactsBuilder
{
    private readonly bool _auto;
    private readonly ProminentNames _countries;
    private readonly ProminentNames _configured;
    private readonly WordPool _pool;
    private readonly CommonWordQuestions _questions;
    private readonly NameMentionCleaner _names;
    private readonly TitleWordCounter _titleWords;

    private readonly List<TextToken> _tokens = [];
    private readonly List<ScannedWord> _words = [];
    private readonly List<NameMention> _mentions = [];
    private readonly List<string> _lowerCaseWords = [];
    private readonly DigestNumbering _lowerCaseWordNumbers = new();

    public TopicFactsBuilder(Gazetteer gazetteer, Gazetteer configured, bool auto)
    {
        _auto = auto;
        _pool = new WordPool(gazetteer);
        _questions = new CommonWordQuestions(_pool);
        _countries = new ProminentNames(gazetteer, _pool);
        _configured = new ProminentNames(configured, _pool);
        _names = new NameMentionCleaner(_questions, _pool);
        _titleWords = new TitleWordCounter(_questions, _pool);
    }

    public DigestTopicFacts Build(Digest digest)
    {
        var topics = digest.FrontMatter.Topics;
        var frontMatter = new KeyedTopic[topics.Length];
        for (var i = 0; i < frontMatter.Length; i++) frontMatter[i] = new KeyedTopic(topics[i], _pool.TopicKey(topics[i]));
        if (!_auto) return DigestTopicFacts.FrontMatterOnly(frontMatter);
        _countries.Reset();
        _configured.Reset();
        _questions.Reset();
        _names.Reset();
        _lowerCaseWords.Clear();
        _lowerCaseWordNumbers.NextDigest();

        // Places count everywhere (the title, labels and headlines are prominent, and the story section);
        // subject words are the title's words that the headlines and paragraphs come back to.
        var titleCase = IsTitleCase(digest.Title);
        Tokenize(digest.Title, isProminent: true);
        _titleWords.BeginTitle(digest.Title, _tokens, titleCase);
        foreach (var section in digest.Sections)
        {
            Tokenize(section.Label, isProminent: true);
            Tokenize(section.Headline, isProminent: true);
            _titleWords.CountBody(section.Headline, _tokens);
            foreach (var p in section.Paragraphs)
            {
                Tokenize(p, isProminent: section.IsStory);
                _titleWords.CountBody(p, _tokens);
            }
        }

        // Capitals mean names in the title and headlines unless they are written in Title Case (where every
        // word is capitalised), and in the paragraphs. Labels are too short to tell. The title is always
        // scanned, to tell which of its capitalised words are names.
        Scan(digest.Title, isProse: !titleCase);
        foreach (var section in digest.Sections)
        {
            if (section.Headline.Length > 0 && !IsTitleCase(section.Headline)) Scan(section.Headline, isProse: true);
            foreach (var p in section.Paragraphs) Scan(p, isProse: true);
        }

        var places = new List<KeyedTopic>();
        _countries.AppendTo(places);
        _configured.AppendTo(places);
        var titleWords = _titleWords.Build();
        return new DigestTopicFacts
        {
            FrontMatterTopics = frontMatter,
            PlaceTopics = [.. places],
            LowerCaseWords = [.. _lowerCaseWords],
            CommonWordQuestions = _questions.Words,
            NameForms = _names.Forms,
            NameMentions = _names.Mentions,
            DistinctiveWordCount = _names.DistinctiveWordCount,
            TitleWords = titleWords,
        };
    }

    private void Tokenize(string line, bool isProminent)
    {
        PhraseTokenizer.Tokenize(line, _tokens);
        _countries.Count(line, _tokens, isProminent);
        _configured.Count(line, _tokens, isProminent);
    }

    [MethodImpl(HotPath.Loop)]
    private void Scan(string line, bool isProse)
    {
        ProperNounScanner.Words(line, _pool, _words);
        ProperNounScanner.Scan(_words, _pool, _mentions);
        _titleWords.ObserveNames(_words, _mentions);
        if (!isProse) return;
        foreach (var word in _words)
        {
            // A question is always a capitalised word in lower case, so it has a letter: numbers can never
            // answer one and are left out.
            if (word.Capitalised || !_pool.Is(word.Word, WordTraits.HasLetter)) continue;
            _lowerCaseWordNumbers.Of(word.Word, out var isNew);
            if (isNew) _lowerCaseWords.Add(_pool[word.Word]);
        }
        _names.Add(line, _words, _mentions);
    }

    /// <summary>At least three words of four letters or more, and 70% of them capitalised.</summary>
    internal static bool IsTitleCase(string line)
    {
        int long_ = 0, capitalised = 0;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var word = line.AsSpan(range);
            if (word.Length < 4 || !char.IsLetter(word[0])) continue;
            long_++;
            if (char.IsUpper(word[0])) capitalised++;
        }
        return long_ >= 3 && capitalised >= 0.7 * long_;
    }
}

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
    private readonly PlaceNames _countries;
    private readonly PlaceNames _places;
    private readonly PlaceNames _configured;
    private readonly WordPool _pool;
    private readonly CommonWordQuestions _questions;
    private readonly NameMentionCleaner _names;
    private readonly SubjectCues _subjects;

    private readonly List<TextToken> _tokens = [];
    private readonly List<ScannedWord> _words = [];
    private readonly List<NameMention> _mentions = [];
    private readonly List<string> _lowerCaseWords = [];
    private readonly List<NounReference> _references = [];
    private readonly DigestNumbering _lowerCaseWordNumbers = new();

    public TopicFactsBuilder(TopicSources sources, bool auto)
    {
        _auto = auto;
        _pool = new WordPool(sources.Countries, sources.Places);
        _questions = new CommonWordQuestions(_pool);
        _countries = new PlaceNames(sources.Countries, _pool, TopicKind.Place, sources.Places, ownNameNeeded: true);
        _places = new PlaceNames(sources.Places, _pool, TopicKind.Place, sources.Countries);
        _configured = new PlaceNames(sources.Configured, _pool, TopicKind.Entity);
        _names = new NameMentionCleaner(_questions, _pool);
        _subjects = new SubjectCues(sources.Subjects, _pool);
    }

    public DigestTopicFacts Build(Digest digest)
    {
        var topics = digest.FrontMatter.Topics;
        var frontMatter = new KeyedTopic[topics.Length];
        for (var i = 0; i < frontMatter.Length; i++) frontMatter[i] = new KeyedTopic(topics[i], _pool.TopicKey(topics[i]));
        if (!_auto) return DigestTopicFacts.FrontMatterOnly(frontMatter);
        _countries.Reset();
        _places.Reset();
        _configured.Reset();
        _subjects.Reset();
        _questions.Reset();
        _names.Reset();
        _lowerCaseWords.Clear();
        _references.Clear();
        _lowerCaseWordNumbers.NextDigest();

        // Places and subject cues count everywhere, weighted by where: the title most, then labels, headlines
        // and the story section.
        Tokenize(digest.Title, Where.Title, SubjectCues.TitleWeight, isTitle: true);
        foreach (var section in digest.Sections)
        {
            Tokenize(section.Label, Where.Prominent, SubjectCues.LabelWeight);
            Tokenize(section.Headline, Where.Prominent, SubjectCues.HeadlineWeight);
            foreach (var p in section.Paragraphs)
                Tokenize(p, section.IsStory ? Where.Prominent : Where.Elsewhere, section.IsStory ? SubjectCues.StoryWeight : SubjectCues.BodyWeight);
        }

        // Capitals mean names in the title and headlines unless they are written in Title Case (where every
        // word is capitalised), and in the paragraphs. Labels are too short to tell. The title comes first, so
        // its mentions are the first ones.
        Scan(digest.Title, isProse: !IsTitleCase(digest.Title));
        var titleMentions = _names.MentionCount;
        var leadMentions = -1;
        foreach (var section in digest.Sections)
        {
            if (section.Headline.Length > 0 && !IsTitleCase(section.Headline)) Scan(section.Headline, isProse: true);
            foreach (var p in section.Paragraphs) Scan(p, isProse: true);
            if (leadMentions < 0) leadMentions = _names.MentionCount;
        }

        var forms = _names.FormsWithAppositiveHeads(_references);
        var places = new List<PlaceEvidence>();
        _countries.AppendTo(places);
        _places.AppendTo(places);
        _configured.AppendTo(places);
        return new DigestTopicFacts
        {
            FrontMatterTopics = frontMatter,
            Places = [.. places],
            Subjects = Renamed(_subjects.Build(), frontMatter),
            LowerCaseWords = [.. _lowerCaseWords],
            CommonWordQuestions = _questions.Words,
            NameForms = forms,
            NameMentions = _names.Mentions,
            NounReferences = HeadNounReferences(forms),
            DistinctiveWordCount = _names.DistinctiveWordCount,
            TitleMentions = titleMentions,
            LeadMentions = Math.Max(titleMentions, leadMentions),
        };
    }

    /// <summary>The subjects, each one a front-matter topic names taking the editor's name for it: it then merges
    /// with that topic, and keeps its rank, so the next subject does not move up to take its place.</summary>
    private SubjectEvidence[] Renamed(SubjectEvidence[] subjects, KeyedTopic[] frontMatter)
    {
        if (frontMatter.Length == 0 || subjects.Length == 0) return subjects;
        var editorsName = new Dictionary<string, KeyedTopic>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in frontMatter)
            if (_subjects.NamedBy(topic.Name) is { } name) editorsName.TryAdd(name, topic);
        if (editorsName.Count == 0) return subjects;
        var renamed = new SubjectEvidence[subjects.Length];
        for (var i = 0; i < subjects.Length; i++)
            renamed[i] = editorsName.TryGetValue(subjects[i].Name, out var topic)
                ? subjects[i] with { Name = topic.Name, Key = topic.Key }
                : subjects[i];
        return renamed;
    }

    private static class Where
    {
        public const int Title = 0, Prominent = 1, Elsewhere = 2;
    }

    private void Tokenize(string line, int where, int weight, bool isTitle = false)
    {
        PhraseTokenizer.Tokenize(line, _tokens);
        _countries.Count(line, _tokens, where);
        _places.Count(line, _tokens, where);
        _configured.Count(line, _tokens, where);
        _subjects.Count(line, _tokens, weight, isTitle);
    }

    private void Scan(string line, bool isProse)
    {
        ProperNounScanner.Words(line, _pool, _words);
        ProperNounScanner.Scan(_words, _pool, _mentions);
        if (!isProse) return;
        foreach (var word in _words)
        {
            // A question is always a capitalised word in lower case, so it has a letter: numbers can never
            // answer one and are left out.
            if (word.Capitalised || !_pool.Is(word.Word, WordTraits.HasLetter)) continue;
            _lowerCaseWordNumbers.Of(word.Word, out var isNew);
            if (isNew) _lowerCaseWords.Add(_pool[word.Word]);
        }
        // "The commission" calls back a body named in an earlier line: it is recorded before this line's names.
        for (var i = 0; i + 1 < _words.Count; i++)
            if (_pool[_words[i].Word] is "the" or "The" && !_words[i + 1].Capitalised && !_words[i + 1].BreakBefore)
                _references.Add(new NounReference(_pool[_words[i + 1].Word], _names.MentionCount));
        _names.Add(line, _words, _mentions);
    }

    /// <summary>The references whose noun is the head noun of a name form of this digest.</summary>
    private NounReference[] HeadNounReferences(NameForm[] forms)
    {
        if (_references.Count == 0) return [];
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in forms)
            if (form.HeadNoun is { } head) heads.Add(head);
        return [.. _references.Where(r => heads.Contains(r.Noun))];
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

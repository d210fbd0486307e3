using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>How strongly one digest signals a subject: its score (cue matches weighted by where they are), how
/// many different cues matched, whether one is in the title, the cues themselves as evidence, and whether a strong cue
/// (one that names the subject outright) is among them.</summary>
public readonly record struct SubjectEvidence(string Name, string Key, int Score, int Cues, bool InTitle, string Evidence, bool Strong = false);

/// <summary>
/// Subject evidence of one digest: every line's words are looked up in the <see cref="SubjectLexicon"/> (one to
/// three words at a time, longest cue first) and each match adds its line's weight to the subjects the cue
/// signals. A cue counts at most <see cref="MaxRepeats"/> times, so one word said often does not make a story.
/// A strong cue scores double and counts as a second cue, so it suffices alone.
/// A subject also passes half its score to its broader subject (see <see cref="Build"/>). Reused digest after
/// digest; not thread-safe.
/// </summary>
internal sealed class SubjectCues(SubjectLexicon lexicon, WordPool pool)
{
    public const int TitleWeight = 6, HeadlineWeight = 2, StoryWeight = 3, BodyWeight = 1, LabelWeight = 2;
    private const int MaxRepeats = 3;

    private readonly Dictionary<int, int> _wordIdOfPoolWord = [];
    private readonly List<int> _ids = [];
    private int[] _score = new int[lexicon.Subjects.Count];
    private bool[] _inTitle = new bool[lexicon.Subjects.Count];
    private bool[] _strong = new bool[lexicon.Subjects.Count];
    private readonly Dictionary<int, int> _cueUses = [];
    private readonly List<(int Subject, int Cue)> _matches = [];
    private readonly List<int> _touched = [];
    private char[] _lower = new char[64];

    public void Reset()
    {
        foreach (var s in _touched)
        {
            _score[s] = 0;
            _inTitle[s] = false;
            _strong[s] = false;
        }
        _touched.Clear();
        _cueUses.Clear();
        _matches.Clear();
    }

    public void Count(string line, List<TextToken> tokens, int weight, bool isTitle = false)
    {
        _ids.Clear();
        foreach (var token in tokens) _ids.Add(WordId(token.In(line)));
        var ids = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_ids);
        var i = 0;
        while (i < ids.Length)
        {
            if (ids[i] < 0)
            {
                i++;
                continue;
            }
            var matched = 1;
            for (var n = Math.Min(SubjectLexicon.MaxCueWords, ids.Length - i); n >= 1; n--)
            {
                if (lexicon.Cue(ids.Slice(i, n)) is not { } targets) continue;
                foreach (var (subject, cue, strong) in targets) Add(subject, cue, strong, weight, isTitle);
                matched = n;
                break;
            }
            i += matched;
        }
    }

    private void Add(int subject, int cue, bool strong, int weight, bool isTitle)
    {
        var key = subject * 65536 + cue;
        var uses = _cueUses.GetValueOrDefault(key);
        if (uses == 0) _matches.Add((subject, cue));
        _cueUses[key] = uses + 1;
        if (uses >= MaxRepeats) return;
        if (_score[subject] == 0 && !_inTitle[subject]) _touched.Add(subject);
        // A phrase says more than a word: "data protection" is surer evidence than "data".
        _score[subject] += strong ? weight * 2 : lexicon.CueWords(cue) > 1 ? weight * 3 / 2 : weight;
        _inTitle[subject] |= isTitle;
        _strong[subject] |= strong;
    }

    /// <summary>The subject a topic the editor gave names exactly, if any: the subject of that name, or the one
    /// subject the topic is a cue of ("geothermal power" names "geothermal energy"; "energy", a cue of several
    /// subjects, names only "energy"), so the story's own cues need not add it again.</summary>
    public string? NamedBy(string topic)
    {
        if (lexicon.Find(topic) is { } subject) return subject.Name;
        var words = topic.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > SubjectLexicon.MaxCueWords) return null;
        var ids = new int[words.Length];
        for (var i = 0; i < words.Length; i++)
            if ((ids[i] = lexicon.WordId(words[i])) < 0) return null;
        return lexicon.Cue(ids) is [var only] ? lexicon.Subjects[only.Subject].Name : null;
    }

    /// <summary>The cue word id of a word of the text (asked once per distinct word of the pool).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int WordId(ReadOnlySpan<char> word)
    {
        var poolId = pool.Id(word);
        if (_wordIdOfPoolWord.TryGetValue(poolId, out var id)) return id;
        if (_lower.Length < word.Length) _lower = new char[word.Length * 2];
        var lower = _lower.AsSpan(0, word.ToLowerInvariant(_lower));
        return _wordIdOfPoolWord[poolId] = lexicon.WordId(lower);
    }

    /// <summary>The digest's subjects, best first (ties: by name). A subject passes half its score, and its cues,
    /// to its broader subject when that one is itself narrower than a top-level subject ("wind power" to
    /// "renewable energy", not "renewable energy" to "energy"): the story is then also about the broader one.</summary>
    public SubjectEvidence[] Build()
    {
        if (_touched.Count == 0) return [];
        var score = new Dictionary<int, int>();
        var inTitle = new Dictionary<int, bool>();
        var evidence = new Dictionary<int, List<string>>();
        foreach (var s in _touched)
        {
            // A broad subject (one with no broader one: "Politics", "Technology") is said with common words; the
            // narrower subjects of the story should rank above it.
            score[s] = score.GetValueOrDefault(s) + (lexicon.Subjects[s].Parent < 0 ? _score[s] * 2 / 3 : _score[s]);
            inTitle[s] = inTitle.GetValueOrDefault(s) | _inTitle[s];
            var parent = lexicon.Subjects[s].Parent;
            if (parent >= 0 && lexicon.Subjects[parent].Parent >= 0) score[parent] = score.GetValueOrDefault(parent) + _score[s] / 2;
        }
        foreach (var (subject, cue) in _matches)
        {
            Note(evidence, subject, lexicon.CueText(cue));
            var parent = lexicon.Subjects[subject].Parent;
            if (parent >= 0 && lexicon.Subjects[parent].Parent >= 0) Note(evidence, parent, lexicon.CueText(cue));
        }
        var result = new List<SubjectEvidence>(score.Count);
        foreach (var (s, points) in score)
        {
            var cues = evidence.GetValueOrDefault(s) ?? [];
            var name = lexicon.Subjects[s].Name;
            var strong = _strong[s];
            result.Add(new SubjectEvidence(name, pool.TopicKey(name), points, cues.Count + (strong ? 1 : 0), inTitle.GetValueOrDefault(s),
                (strong ? "strong " : "") + "cues: " + string.Join(", ", cues), strong));
        }
        result.Sort((a, b) => a.Score != b.Score ? b.Score - a.Score : string.CompareOrdinal(a.Name, b.Name));
        return [.. result];
    }

    private static void Note(Dictionary<int, List<string>> evidence, int subject, string cue)
    {
        if (!evidence.TryGetValue(subject, out var list)) evidence[subject] = list = [];
        if (!list.Contains(cue)) list.Add(cue);
    }
}

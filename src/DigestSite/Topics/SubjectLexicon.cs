namespace DigestSite.Topics;

/// <summary>A news subject of the vocabulary: its name, the broader subject it belongs to (-1: none) and what it
/// covers, in a sentence.</summary>
public sealed record Subject(string Name, int Parent, string Definition);

/// <summary>
/// The vocabulary of news subjects (in the spirit of the IPTC Media Topics, in our own words) and the cue words
/// and phrases that signal each: read from the embedded <c>data/subjects.tsv</c>, one subject a line as
/// <c>name TAB parent TAB definition TAB cue|cue|…</c>. A cue is one to three lower-case words, matched against
/// the text's words in lower case and singular ("interest rates" matches "interest rate"); a word ending in
/// <c>*</c> matches any word it begins ("vaccin*": vaccine, vaccination). A subject's own name is a cue too. A cue
/// written with a leading <c>!</c> is strong: it names the subject so surely ("tuberculosis", "rate cut") that it
/// counts as two cues, where a weak cue ("weight", "water") needs another cue beside it.
/// <c>topics.subjects</c> in <c>statiq.yml</c> adds subjects whose only cue is their name.
/// </summary>
public sealed class SubjectLexicon
{
    public const int MaxCueWords = 3;
    private const int MinPrefix = 4;

    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordBySpan;
    private readonly Dictionary<string, int> _prefixIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefixBySpan;
    private readonly Dictionary<long, CueTarget[]> _cues = [];
    private readonly List<string> _cueText = [];
    private readonly List<int> _cueWords = [];

    public IReadOnlyList<Subject> Subjects { get; }

    /// <summary>The subjects a cue signals, the cue's number (for naming it as evidence), and whether it is strong
    /// evidence of that subject.</summary>
    public readonly record struct CueTarget(int Subject, int Cue, bool Strong);

    private SubjectLexicon(List<Subject> subjects, List<string[]> cues)
    {
        Subjects = subjects;
        _wordBySpan = _wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixBySpan = _prefixIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var targets = new Dictionary<long, List<CueTarget>>();
        var cueNumbers = new Dictionary<long, int>();
        var exact = ExactWords(cues);
        for (var s = 0; s < subjects.Count; s++)
            foreach (var written in cues[s])
            {
                var strong = written.StartsWith('!');
                var cue = strong ? written[1..] : written;
                var words = cue.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is 0 or > MaxCueWords) continue;
                var key = KeyOf(words);
                if (!cueNumbers.TryGetValue(key, out var number))
                {
                    cueNumbers[key] = number = _cueText.Count;
                    _cueText.Add(cue.Replace("*", ""));
                    _cueWords.Add(words.Length);
                }
                Target(targets, key, s, number, strong);
                // A text word that is a cue word by itself is looked up as that word, never as a prefix: "tariff*"
                // must also be the cue "tariff" where another cue says "tariff".
                var twins = Array.ConvertAll(words, w => w.EndsWith('*') && exact.Contains(Stemmed(w[..^1])) ? w[..^1] : w);
                if (twins.AsSpan().SequenceEqual(words)) continue;
                var twinKey = KeyOf(twins);
                cueNumbers.TryAdd(twinKey, number);
                Target(targets, twinKey, s, cueNumbers[twinKey], strong);
            }
        foreach (var (key, list) in targets) _cues[key] = [.. list];
    }

    private long KeyOf(string[] words)
    {
        long key = 0;
        foreach (var word in words) key = key * WordLimit + 1 + WordIdOf(word);
        return key;
    }

    private static void Target(Dictionary<long, List<CueTarget>> targets, long key, int subject, int cue, bool strong)
    {
        if (!targets.TryGetValue(key, out var list)) targets[key] = list = [];
        var known = list.FindIndex(t => t.Subject == subject);
        if (known < 0) list.Add(new CueTarget(subject, cue, strong));
        else if (strong) list[known] = list[known] with { Strong = true };
    }

    /// <summary>The words (as looked up) that some cue uses whole, not as a prefix.</summary>
    private static HashSet<string> ExactWords(List<string[]> cues)
    {
        var exact = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in cues)
            foreach (var cue in list)
                foreach (var word in cue.TrimStart('!').Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    if (!word.EndsWith('*')) exact.Add(Stemmed(word));
        return exact;
    }

    /// <summary>A cue word as the text's words are looked up: a possessive "'s" dropped, singular.</summary>
    private static string Stemmed(string word) => WordStem.Stem(word[..PhraseTokenizer.NormalizedLength(word)]);

    /// <summary>Word ids are below this, so three of them make one key.</summary>
    private const long WordLimit = 1 << 20;

    private int WordIdOf(string word)
    {
        var prefix = word.EndsWith('*');
        var text = prefix ? word[..^1] : Stemmed(word);
        var ids = prefix ? _prefixIds : _wordIds;
        if (!ids.TryGetValue(text, out var id)) ids[text] = id = _wordIds.Count + _prefixIds.Count;
        return id;
    }

    /// <summary>The cue word id of a word of the text, in lower case (-1: no cue uses it): its singular form
    /// exactly, else the longest cue prefix it starts with.</summary>
    public int WordId(ReadOnlySpan<char> lowerWord)
    {
        var (keep, endsInY) = WordStem.StemOf(lowerWord);
        if (!endsInY && _wordBySpan.TryGetValue(lowerWord[..keep], out var id)) return id;
        if (endsInY)
        {
            Span<char> stem = stackalloc char[keep + 1];
            lowerWord[..keep].CopyTo(stem);
            stem[keep] = 'y';
            if (_wordBySpan.TryGetValue(stem, out id)) return id;
        }
        if (_prefixIds.Count == 0) return -1;
        for (var length = lowerWord.Length; length >= MinPrefix; length--)
            if (_prefixBySpan.TryGetValue(lowerWord[..length], out id)) return id;
        return -1;
    }

    /// <summary>The subjects signalled by the cue of these word ids (one to <see cref="MaxCueWords"/>), if any.</summary>
    public CueTarget[]? Cue(ReadOnlySpan<int> wordIds)
    {
        long key = 0;
        foreach (var id in wordIds) key = key * WordLimit + 1 + id;
        return _cues.GetValueOrDefault(key);
    }

    public string CueText(int cue) => _cueText[cue];

    /// <summary>How many words the cue has.</summary>
    public int CueWords(int cue) => _cueWords[cue];

    private static readonly Lazy<SubjectLexicon> BuiltIn = new(() => Parse(BuiltInText(), new Dictionary<string, string>()));

    public static SubjectLexicon Default => BuiltIn.Value;

    public static string BuiltInText()
    {
        using var stream = typeof(SubjectLexicon).Assembly.GetManifestResourceStream("data/subjects.tsv");
        return stream is null ? "" : new StreamReader(stream).ReadToEnd();
    }

    /// <summary>The built-in vocabulary with the site's own subjects added (a name already in it keeps its cues
    /// and takes the site's definition).</summary>
    public static SubjectLexicon For(IReadOnlyDictionary<string, string> extra) =>
        extra.Count == 0 ? Default : Parse(BuiltInText(), extra);

    /// <summary>Lines of <c>name TAB parent TAB definition TAB cues</c>; <c>#</c> starts a comment.</summary>
    public static SubjectLexicon Parse(string tsv, IReadOnlyDictionary<string, string> extra)
    {
        var rows = new List<string[]>();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            if (parts[0].Trim().Length > 0) rows.Add(parts);
        }
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var parts in rows) index.TryAdd(parts[0].Trim(), index.Count);
        var subjects = new List<Subject>();
        var cues = new List<string[]>();
        foreach (var parts in rows)
        {
            var name = parts[0].Trim();
            if (index[name] != subjects.Count) continue; // a repeated name: the first line counts
            var parent = parts.Length > 1 && index.TryGetValue(parts[1].Trim(), out var p) ? p : -1;
            subjects.Add(new Subject(name, parent, parts.Length > 2 ? parts[2].Trim() : ""));
            var list = new List<string> { name.ToLowerInvariant() };
            if (parts.Length > 3)
                foreach (var cue in parts[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    list.Add(cue.ToLowerInvariant());
            cues.Add([.. list]);
        }
        foreach (var (name, definition) in extra)
        {
            if (index.TryGetValue(name.Trim(), out var known))
            {
                subjects[known] = subjects[known] with { Definition = definition };
                continue;
            }
            index[name.Trim()] = subjects.Count;
            subjects.Add(new Subject(name.Trim(), -1, definition));
            cues.Add([name.Trim().ToLowerInvariant()]);
        }
        return new SubjectLexicon(subjects, cues);
    }

    /// <summary>The subject of this name (ignoring case), or null.</summary>
    public Subject? Find(string name)
    {
        foreach (var s in Subjects)
            if (string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)) return s;
        return null;
    }
}

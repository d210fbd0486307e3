using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>
/// Cleans the capitalised phrases of one digest into name forms: drops roles ("Health Minister"),
/// sentence-initial function words and calendar words, and phrases that are places the gazetteer knows
/// (they are country topics). Whether a sentence's first word is a common word ("Officials", "Salmon")
/// depends on the corpus, so a phrase that opens a sentence is cleaned both ways. One instance is reused
/// digest after digest (its tables keep their capacity); it is not thread-safe.
/// </summary>
internal sealed class NameMentionCleaner(Gazetteer gazetteer, CommonWordQuestions questions, WordPool pool)
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = NameWords.Roles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Function = NameWords.Function.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Calendar = NameWords.Calendar.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = NameWords.Connectors.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Generic = NameWords.Generic.GetAlternateLookup<ReadOnlySpan<char>>();

    // Both keyed by the word pool's id of the name or word.
    private readonly Dictionary<int, int> _formIds = [];
    private readonly Dictionary<int, int> _distinctiveWordIds = [];
    private readonly List<NameForm> _forms = [];
    private readonly List<NameMentionFacts> _mentions = [];
    private readonly List<int> _distinctive = [];
    private char[] _joined = new char[128];

    public void Reset()
    {
        _formIds.Clear();
        _distinctiveWordIds.Clear();
        _forms.Clear();
        _mentions.Clear();
    }

    public NameForm[] Forms => [.. _forms];
    public NameMentionFacts[] Mentions => [.. _mentions];
    public int DistinctiveWordCount => _distinctiveWordIds.Count;

    /// <summary>Adds each mention of a line of prose, in order.</summary>
    public void Add(string text, List<ScannedWord> words, List<NameMention> mentions)
    {
        foreach (var mention in mentions) _mentions.Add(Clean(text, words, mention));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private NameMentionFacts Clean(string text, List<ScannedWord> words, NameMention mention)
    {
        var start = mention.First;
        var end = mention.First + mention.Count;
        var startsSentence = mention.StartsSentence;
        for (var k = end - 1; k >= start; k--)
        {
            if (!Roles.Contains(Word(text, words, k))) continue;
            // Everything up to the last role is the role ("Deputy Health Minister").
            start = k + 1;
            startsSentence = false;
            break;
        }

        if (start < end && startsSentence && !IsLeadingNoise(Word(text, words, start)))
        {
            var question = questions.Of(Word(text, words, start));
            return new NameMentionFacts(Finish(text, words, start, end), question,
                Finish(text, words, SkipLeadingNoise(text, words, start + 1, end), end));
        }
        return new NameMentionFacts(Finish(text, words, SkipLeadingNoise(text, words, start, end), end),
            NameMentionFacts.None, NameMentionFacts.None);
    }

    private static bool IsLeadingNoise(ReadOnlySpan<char> word) => Function.Contains(word) || Calendar.Contains(word) || Connectors.Contains(word);

    private static int SkipLeadingNoise(string text, List<ScannedWord> words, int start, int end)
    {
        while (start < end && IsLeadingNoise(Word(text, words, start))) start++;
        return start;
    }

    /// <summary>The form id of words <c>[start, end)</c> once trailing connectors and calendar words are cut,
    /// or -1 when what is left cannot be a name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Finish(string text, List<ScannedWord> words, int start, int end)
    {
        while (end > start && (Connectors.Contains(Word(text, words, end - 1)) || Calendar.Contains(Word(text, words, end - 1)))) end--;
        if (end == start) return NameMentionFacts.None;
        var hasLetter = false;
        for (var k = start; k < end && !hasLetter; k++)
            foreach (var c in Word(text, words, k))
                if (char.IsLetter(c)) { hasLetter = true; break; }
        if (!hasLetter) return NameMentionFacts.None;
        if (end - start == 1 && (Generic.Contains(Word(text, words, start)) || words[start].Token.Length < 2)) return NameMentionFacts.None;

        var name = Join(text, words, start, end);
        if (gazetteer.TryGetCountry(name, out _)) return NameMentionFacts.None;
        var nameId = pool.Id(name);
        if (_formIds.TryGetValue(nameId, out var id)) return id;

        var nameText = pool[nameId];
        _distinctive.Clear();
        for (var k = start; k < end; k++)
            if (IsDistinctive(Word(text, words, k))) _distinctive.Add(DistinctiveWordId(Word(text, words, k)));
        id = _forms.Count;
        _forms.Add(new NameForm(nameText, LowerCase(name), pool.TopicKey(nameText), end - start, [.. _distinctive]));
        _formIds.Add(nameId, id);
        return id;
    }

    /// <summary>Words that can tell one entity from another (not "Bank", "of", "The" or an initial).</summary>
    private static bool IsDistinctive(ReadOnlySpan<char> word) =>
        word.Length > 1 && !Generic.Contains(word) && !Connectors.Contains(word) && !Function.Contains(word);

    private int DistinctiveWordId(ReadOnlySpan<char> word)
    {
        var wordId = pool.Id(word);
        if (_distinctiveWordIds.TryGetValue(wordId, out var id)) return id;
        id = _distinctiveWordIds.Count;
        _distinctiveWordIds.Add(wordId, id);
        return id;
    }

    private string LowerCase(ReadOnlySpan<char> name)
    {
        Span<char> lower = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        name.ToLowerInvariant(lower);
        return pool.Intern(lower);
    }

    /// <summary>The words joined by single spaces, in a buffer reused from call to call.</summary>
    private ReadOnlySpan<char> Join(string text, List<ScannedWord> words, int start, int end)
    {
        var length = end - start - 1;
        for (var k = start; k < end; k++) length += words[k].Token.Length;
        if (_joined.Length < length) _joined = new char[Math.Max(length, _joined.Length * 2)];
        var at = 0;
        for (var k = start; k < end; k++)
        {
            if (k > start) _joined[at++] = ' ';
            Word(text, words, k).CopyTo(_joined.AsSpan(at));
            at += words[k].Token.Length;
        }
        return _joined.AsSpan(0, length);
    }

    private static ReadOnlySpan<char> Word(string text, List<ScannedWord> words, int k) => words[k].Token.In(text);
}

namespace DigestSite.Topics;

/// <summary>
/// The words of one digest whose commonness (written in lower case somewhere in the corpus) decides
/// something, numbered in order of first asking. A word is asked in lower case: "Officials" asks "officials".
/// Reused digest after digest; not thread-safe.
/// </summary>
internal sealed class CommonWordQuestions(WordPool pool)
{
    private readonly Dictionary<int, int> _questionByWord = [];
    private readonly List<string> _words = [];
    private char[] _lower = new char[64];

    public void Reset()
    {
        _questionByWord.Clear();
        _words.Clear();
    }

    public string[] Words => [.. _words];

    /// <summary>The question about <paramref name="word"/> in lower case, added when new.</summary>
    public int Of(ReadOnlySpan<char> word)
    {
        if (_lower.Length < word.Length) _lower = new char[word.Length * 2];
        // Invariant lower-casing maps char to char, so the lower-case form has the same length.
        var lower = pool.Id(_lower.AsSpan(0, word.ToLowerInvariant(_lower)));
        if (_questionByWord.TryGetValue(lower, out var question)) return question;
        question = _words.Count;
        _questionByWord.Add(lower, question);
        _words.Add(pool[lower]);
        return question;
    }
}

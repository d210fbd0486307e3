namespace DigestSite.Topics;

/// <summary>
/// The words of one digest whose commonness (written in lower case somewhere in the corpus) decides
/// something, numbered in order of first asking. A word is asked in lower case: "Officials" asks "officials".
/// Reused digest after digest; not thread-safe.
/// </summary>
internal sealed class CommonWordQuestions(WordPool pool)
{
    private readonly DigestNumbering _questionOfWord = new();
    private readonly List<string> _words = [];

    public void Reset()
    {
        _questionOfWord.NextDigest();
        _words.Clear();
    }

    public string[] Words => [.. _words];

    /// <summary>The question about a word of the pool, in lower case; added when new.</summary>
    public int Of(int word)
    {
        var lower = pool.LowerCaseId(word);
        var question = _questionOfWord.Of(lower, out var isNew);
        if (isNew) _words.Add(pool[lower]);
        return question;
    }
}

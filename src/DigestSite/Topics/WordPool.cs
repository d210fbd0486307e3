namespace DigestSite.Topics;

/// <summary>
/// One string per distinct word (or name, or key) that a facts builder meets, numbered in order of first
/// sight. Digests share most of their vocabulary, so interning makes a string only for a word never seen
/// before, instead of one per digest; in a cold process that fresh memory, not the scanning, is the cost.
/// Not thread-safe: each builder has its own pool.
/// </summary>
internal sealed class WordPool
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _idsBySpan;
    private readonly List<string> _words = [];
    private readonly Dictionary<string, string> _topicKeys = new(StringComparer.Ordinal);

    public WordPool() => _idsBySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _words.Count;

    public string this[int id] => _words[id];

    public int Id(ReadOnlySpan<char> word)
    {
        if (_idsBySpan.TryGetValue(word, out var id)) return id;
        var text = word.ToString();
        id = _words.Count;
        _ids.Add(text, id);
        _words.Add(text);
        return id;
    }

    public string Intern(ReadOnlySpan<char> word) => _words[Id(word)];

    /// <summary><see cref="TopicExtractor.TopicKey"/>, computed once per distinct name.</summary>
    public string TopicKey(string name)
    {
        if (!_topicKeys.TryGetValue(name, out var key)) _topicKeys.Add(name, key = TopicExtractor.TopicKey(name));
        return key;
    }
}

using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>What the word lists (<see cref="NameWords"/>) and the gazetteer say about a word.</summary>
[Flags]
internal enum WordTraits : ushort
{
    None = 0,
    Role = 1 << 0,
    Function = 1 << 1,
    Calendar = 1 << 2,
    Connector = 1 << 3,
    Generic = 1 << 4,
    /// <summary>A full stop after it need not end a sentence: "Dr", "U.S", an initial.</summary>
    NoSentenceEnd = 1 << 5,
    Country = 1 << 6,
    HasLetter = 1 << 7,
    /// <summary>Can tell one entity from another (not "Bank", "of", "The" or an initial).</summary>
    Distinctive = 1 << 8,
    /// <summary>"Nakatani", "NATO", and names with a lower-case particle: "al-Sayed", "d'Ivoire".</summary>
    Capitalised = 1 << 9,
    /// <summary>A role of one who holds an office (<see cref="NameWords.Offices"/>).</summary>
    Office = 1 << 10,
    /// <summary>An age: "Sixteen-year-old", "16-year-old", "Two-month-old".</summary>
    Age = 1 << 11,
    /// <summary>Leading words a name never starts with.</summary>
    LeadingNoise = Function | Calendar | Connector | Age,
}

/// <summary>
/// One string and one id per distinct word (or name) a facts builder meets, with the word's traits worked out
/// once. Digests share most of their vocabulary, so every later sight of a word costs one look-up here instead
/// of a string and a look-up in each word list. The table is its own (open addressing, FNV-1a): it runs in
/// every word's path and must be fast from a cold start. Not thread-safe: each builder has its own pool.
/// </summary>
internal sealed class WordPool(Gazetteer gazetteer, Gazetteer? places = null)
{
    private int[] _slots = new int[4096]; // 0: empty, else id + 1
    private int[] _hashes = new int[2048];
    private string[] _words = new string[2048];
    private WordTraits[] _traits = new WordTraits[2048];
    private int[] _lowerCase = new int[2048]; // id of the lower-case form, or -1 before it is asked for
    private string?[] _topicKeys = new string?[2048];
    private int _count;
    private char[] _lowerBuffer = new char[64];

    public int Count => _count;

    public string this[int id] => _words[id];

    public WordTraits Traits(int id) => _traits[id];

    public bool Is(int id, WordTraits traits) => (_traits[id] & traits) != 0;

    public int Id(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0) return Add(word, hash, slot);
            if (_hashes[entry - 1] == hash && word.SequenceEqual(_words[entry - 1])) return entry - 1;
        }
    }

    public string Intern(ReadOnlySpan<char> word) => _words[Id(word)];

    /// <summary>The id of the word in lower case (invariant culture).</summary>
    public int LowerCaseId(int id)
    {
        if (_lowerCase[id] >= 0) return _lowerCase[id];
        var word = _words[id];
        if (_lowerBuffer.Length < word.Length) _lowerBuffer = new char[word.Length * 2];
        // Invariant lower-casing maps char to char, so the lower-case form has the same length.
        var lower = Id(_lowerBuffer.AsSpan(0, word.AsSpan().ToLowerInvariant(_lowerBuffer)));
        _lowerCase[id] = lower;
        return lower;
    }

    /// <summary><see cref="TopicExtractor.TopicKey"/>, computed once per distinct name.</summary>
    public string TopicKey(int id) => _topicKeys[id] ??= TopicExtractor.TopicKey(_words[id]);

    public string TopicKey(string name) => TopicKey(Id(name));

    private int Add(ReadOnlySpan<char> word, int hash, int slot)
    {
        var id = _count++;
        if (id == _words.Length) Grow();
        var text = word.ToString();
        _words[id] = text;
        _hashes[id] = hash;
        _traits[id] = TraitsOf(text);
        _lowerCase[id] = -1;
        // Half full at most, so probes stay short.
        if (_count * 2 > _slots.Length) Rehash();
        else _slots[slot] = id + 1;
        return id;
    }

    private void Grow()
    {
        var size = _words.Length * 2;
        Array.Resize(ref _words, size);
        Array.Resize(ref _hashes, size);
        Array.Resize(ref _traits, size);
        Array.Resize(ref _lowerCase, size);
        Array.Resize(ref _topicKeys, size);
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var id = 0; id < _count; id++)
        {
            var slot = _hashes[id] & mask;
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = id + 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261;
        foreach (var c in word) hash = (hash ^ c) * 16777619;
        return (int)(hash ^ (hash >> 16)) & int.MaxValue;
    }

    private WordTraits TraitsOf(string word)
    {
        var traits = WordTraits.None;
        if (NameWords.Roles.Contains(word)) traits |= WordTraits.Role;
        if (NameWords.Offices.Contains(word)) traits |= WordTraits.Office;
        if (NameWords.Function.Contains(word)) traits |= WordTraits.Function;
        if (NameWords.Calendar.Contains(word)) traits |= WordTraits.Calendar;
        if (NameWords.Connectors.Contains(word)) traits |= WordTraits.Connector;
        if (NameWords.Generic.Contains(word)) traits |= WordTraits.Generic;
        if (word.EndsWith("-old", StringComparison.OrdinalIgnoreCase)) traits |= WordTraits.Age;
        if (NameWords.Abbreviations.Contains(word) || word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0])))
            traits |= WordTraits.NoSentenceEnd;
        if (gazetteer.TryGetCountry(word, out _) || places?.TryGetCountry(word, out _) == true
            || gazetteer.TryGetPeopleOf(word, out _) || places?.TryGetPeopleOf(word, out _) == true) traits |= WordTraits.Country;
        if (word.Any(char.IsLetter)) traits |= WordTraits.HasLetter;
        if (word.Length > 1 && (traits & (WordTraits.Generic | WordTraits.Connector | WordTraits.Function)) == 0)
            traits |= WordTraits.Distinctive;
        if (word.Length > 0 && IsCapitalised(word) && !IsModifier(word)) traits |= WordTraits.Capitalised;
        return traits;
    }

    /// <summary>A capitalised word that describes a name rather than begins it: "Kenyan-led", "US-backed",
    /// "Dubai-based" before "Multinational Security Support Mission" or a company's name.</summary>
    private static bool IsModifier(string word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && word.AsSpan(dash + 1) is "led" or "backed" or "based" or "owned" or "funded" or "run" or "born" or "made" or "style";
    }

    private static bool IsCapitalised(string word)
    {
        if (char.IsUpper(word[0])) return true;
        var joint = word.IndexOfAny(['-', '\'', '’']);
        return joint is > 0 and <= 3 && joint + 1 < word.Length && char.IsUpper(word[joint + 1]);
    }
}

using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>
/// The names of one gazetteer (countries, or configured topics) that a digest mentions prominently: in the
/// title, a label or a headline, in the story section, or at least twice anywhere. Fed the tokens of every
/// line; reused digest after digest; not thread-safe.
/// </summary>
internal sealed class ProminentNames(Gazetteer names, WordPool pool)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _prominent = new(StringComparer.Ordinal);

    public bool IsEmpty => names.CountryCount == 0;

    public void Reset()
    {
        _counts.Clear();
        _prominent.Clear();
    }

    [MethodImpl(HotPath.Loop)]
    public void Count(string text, List<TextToken> tokens, bool isProminent)
    {
        if (IsEmpty) return;
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = names.MatchAt(text, tokens, i, out var name);
            if (matched > 0)
            {
                _counts[name!] = _counts.TryGetValue(name!, out var seen) ? seen + 1 : 1;
                if (isProminent) _prominent.Add(name!);
            }
            i += Math.Max(1, matched);
        }
    }

    /// <summary>Most mentioned first, then by name, so the list is stable.</summary>
    public void AppendTo(List<KeyedTopic> topics)
    {
        var kept = new List<NameCount>();
        foreach (var (name, count) in _counts)
            if (count >= 2 || _prominent.Contains(name)) kept.Add(new NameCount(name, count));
        // An insertion sort (a digest names a few): List.Sort's helper for a struct is made at run time, and
        // compiled by the JIT at every start.
        for (var i = 1; i < kept.Count; i++)
        {
            var item = kept[i];
            var j = i;
            for (; j > 0 && Before(item, kept[j - 1]); j--) kept[j] = kept[j - 1];
            kept[j] = item;
        }
        foreach (var (name, _) in kept) topics.Add(new KeyedTopic(name, pool.TopicKey(name)));
    }

    private readonly record struct NameCount(string Name, int Count);

    /// <summary>Most mentioned first, then by name (names are distinct).</summary>
    private static bool Before(NameCount a, NameCount b) =>
        a.Count != b.Count ? a.Count > b.Count : string.CompareOrdinal(a.Name, b.Name) < 0;
}

using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>The singular of an English word, well enough to make "Elections" and "election", or "data centres"
/// and "data centre", one topic and one cue.</summary>
public static class WordStem
{
    /// <summary>Singular and plural as one: "centres" → "centre", "countries" → "country", "taxes" → "tax".</summary>
    public static string Stem(string word)
    {
        var (keep, y) = StemOf(word);
        return y ? string.Concat(word.AsSpan(0, keep), "y") : keep == word.Length ? word : word[..keep];
    }

    /// <summary><see cref="Stem"/> without allocating: how many leading characters the stem keeps, and
    /// whether it then ends in "y" ("countries" → "countr" + "y").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (int Keep, bool EndsInY) StemOf(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word.EndsWith("ies")) return (word.Length - 3, true);
        if (word.Length > 4 && (word.EndsWith("ches") || word.EndsWith("shes") || word.EndsWith("sses") || word.EndsWith("xes")))
            return (word.Length - 2, false);
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is"))
            return (word.Length - 1, false);
        return (word.Length, false);
    }
}

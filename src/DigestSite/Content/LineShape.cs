namespace DigestSite.Content;

/// <summary>
/// The layout's rules for telling lines apart, kept in one place so that the parser reads as the layout does.
/// A paragraph is a sentence: it ends in sentence punctuation, possibly followed by closing quotes or brackets.
/// A label is short and unpunctuated. A headline follows a label; it has no final full stop (a question mark
/// is allowed).
/// </summary>
public static class LineShape
{
    public const int MaxLabelWords = 6;
    public const int MaxLabelLength = 60;

    private static readonly string[] StoryMarkers = ["what's the story", "what’s the story", "whats the story"];

    public static bool IsStoryMarker(string line)
    {
        var t = line.Trim().TrimEnd('?', ':', '.').Trim().ToLowerInvariant();
        return StoryMarkers.Contains(t);
    }

    /// <summary>True when the line ends like a sentence: <c>.</c>, <c>!</c>, <c>?</c>, <c>…</c>, <c>:</c> or
    /// <c>;</c>, before any closing quotes or brackets (<c>."</c>, <c>.”</c>, <c>?"</c>, <c>.)</c>).</summary>
    public static bool EndsLikeSentence(string line)
    {
        var t = StripClosers(line);
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    /// <summary>True for a line that may be a section label: short, not a sentence.</summary>
    public static bool CouldBeLabel(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || t.Length > MaxLabelLength || EndsLikeSentence(t)) return false;
        if (StripClosers(t).Length != t.Length) return false; // a line ending in a quote or bracket is prose
        return WordCount(t) <= MaxLabelWords;
    }

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord) count++;
            inWord = !isSpace;
        }
        return count;
    }

    private static string StripClosers(string line) =>
        line.TrimEnd().TrimEnd('"', '”', '’', '\'', ')', ']', '»');
}

namespace DigestSite.Content;

/// <summary>How a line ends, once closing quotes and brackets are set aside.</summary>
public enum LineEnding { None, FullStop, Ellipsis, Question, Exclamation, Colon, Semicolon, Bracket }

/// <summary>
/// The layout's rules for what one line looks like, kept in one place so that the parser reads as the layout
/// does. A paragraph is prose: it ends like a sentence (<c>.</c>, <c>!</c>, <c>?</c>, <c>…</c>, optionally
/// followed by closing quotes or brackets) and is usually long. A label is short (one to four words, at most
/// six) and unpunctuated (a trailing colon is allowed and dropped). A headline follows a label; it has no final
/// full stop (a question or exclamation mark is fine) and is usually three to fifteen words.
/// These shapes are never used alone: <see cref="SectionLayout"/> weighs them along the whole digest, so that
/// the order "label, headline, paragraphs" decides what a doubtful line is.
/// </summary>
public static class LineShape
{
    public const int MaxLabelWords = 6;
    public const int MaxLabelLength = 60;

    private static readonly string[] StoryMarkers = ["what's the story", "whats the story", "what is the story"];

    private const string Closers = "\"”’'»)]*_";

    /// <summary>True for the <c>What's the story</c> line, in any case, with a straight or curly apostrophe
    /// and an optional final <c>?</c>, <c>:</c> or <c>.</c>.</summary>
    public static bool IsStoryMarker(string line)
    {
        var t = line.Trim().Replace('’', '\'').Replace('‘', '\'').TrimEnd('?', ':', '.', '!').Trim().ToLowerInvariant();
        return Array.IndexOf(StoryMarkers, t) >= 0;
    }

    public static LineEnding Ending(string line)
    {
        var t = StripClosers(line);  // a span of the line: this runs three times a line, on every line
        if (t.Length == 0) return LineEnding.None;
        // "...as the ministry put it (in dollars)" ends a paragraph too: a closing bracket ends an aside.
        var trimmed = line.TrimEnd();
        var bracket = trimmed.Length > 0 && trimmed[^1] is ')' or ']';
        return t[^1] switch
        {
            '.' when t.EndsWith("...") => LineEnding.Ellipsis,
            '.' => LineEnding.FullStop,
            '…' => LineEnding.Ellipsis,
            '?' or '？' => LineEnding.Question,
            '!' or '！' => LineEnding.Exclamation,
            ':' => LineEnding.Colon,
            ';' => LineEnding.Semicolon,
            '。' => LineEnding.FullStop,
            _ when bracket => LineEnding.Bracket,
            _ => LineEnding.None,
        };
    }

    /// <summary>True when the line ends like a sentence: <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c>, before any
    /// closing quotes or brackets (<c>."</c>, <c>.”</c>, <c>?"</c>, <c>.)</c>).</summary>
    public static bool EndsLikeSentence(string line) =>
        Ending(line) is LineEnding.FullStop or LineEnding.Ellipsis or LineEnding.Question or LineEnding.Exclamation or LineEnding.Bracket;

    /// <summary>The label as shown: without a trailing colon (<c>Background:</c> is the label <c>Background</c>).</summary>
    public static string LabelText(string line)
    {
        var t = line.Trim();
        return t.Length > 1 && t[^1] is ':' or '：' ? t[..^1].TrimEnd() : t;
    }

    /// <summary>True for a line that may be a section label without surprise: at most six words, not a
    /// sentence (a final question or exclamation mark is allowed on a short one).</summary>
    public static bool CouldBeLabel(string line) => LabelCost(line) < 2.5;

    // The costs below are rough "how surprising is this line in this role" scores (think: minus the log of a
    // probability). 0 means the line looks exactly like the role; 3 means an editor's slip (a missing full
    // stop, a headline with one); 6 means the role is very unlikely. SectionLayout adds them up along the
    // digest and keeps the cheapest reading; every slip it had to accept is reported as a warning.

    public static double ParagraphCost(string line)
    {
        var words = WordCount(line);
        var cost = Ending(line) switch
        {
            LineEnding.None => 3.0,
            LineEnding.Colon or LineEnding.Semicolon => 1.0,
            _ => 0.0,
        };
        // Paragraphs are sentences, rarely under five words; labels and headlines are short.
        cost += words <= 4 ? 2 : words < 10 ? 1 : 0;
        return cost;
    }

    public static double LabelCost(string line)
    {
        var t = LabelText(line);
        if (t.Length == 0) return 9;
        var words = WordCount(t);
        var cost = words <= 4 ? 0.0 : words <= 6 ? words - 4.0 : words <= 8 ? 3.0 : 6.0;
        if (t.Length > MaxLabelLength) cost += 3;
        cost += Ending(t) switch
        {
            LineEnding.None => 0,
            LineEnding.Question or LineEnding.Exclamation => 1.5, // "What's next?" is a label an editor might write
            _ => 4.5,
        };
        if (EndsWithCloser(t)) cost += 3; // a line ending in a quotation is prose
        if (char.IsLower(t[0])) cost += 0.5;
        return cost;
    }

    public static double HeadlineCost(string line)
    {
        var words = WordCount(line);
        var cost = Ending(line) switch
        {
            LineEnding.FullStop or LineEnding.Colon or LineEnding.Semicolon => 3.0,
            LineEnding.Ellipsis or LineEnding.Bracket => 0.5,
            _ => 0.0,
        };
        cost += words switch { <= 1 => 3, 2 => 2.5, 3 => 1, <= 15 => 0, <= 20 => 1, <= 30 => 2.5, _ => 4 };
        if (HasSentenceBreak(line)) cost += 3; // two sentences make a paragraph
        return cost;
    }

    /// <summary>A full stop, question or exclamation mark followed by a space and a capital inside the line.</summary>
    public static bool HasSentenceBreak(string line) => SentenceBreak(line) >= 0;

    /// <summary>The index of the mark that ends the line's first sentence, when another follows; else -1.</summary>
    public static int SentenceBreak(string line)
    {
        var t = line.TrimEnd();
        for (var i = 1; i + 2 < t.Length; i++)
        {
            if (t[i] is not ('.' or '?' or '!') || t[i + 1] != ' ' || !char.IsUpper(t[i + 2])) continue;
            // "Dr. Kaya", "U.S. officials": a short word before the dot is an abbreviation, not a sentence end.
            var wordStart = t.LastIndexOf(' ', i - 1) + 1;
            if (i - wordStart <= 3 && char.IsUpper(t[wordStart])) continue;
            return i;
        }
        return -1;
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

    private static bool EndsWithCloser(string line)
    {
        var t = line.TrimEnd();
        return t.Length > 0 && Closers.Contains(t[^1]);
    }

    private static ReadOnlySpan<char> StripClosers(string line) => line.AsSpan().TrimEnd().TrimEnd(Closers).TrimEnd();
}

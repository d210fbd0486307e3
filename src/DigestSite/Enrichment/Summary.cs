using DigestSite.Content;

namespace DigestSite.Enrichment;

/// <summary>The short text shown in lists, meta descriptions and feeds, and the reading time.</summary>
public static class Summary
{
    public const int MaxLength = 200;
    public const int WordsPerMinute = 220;

    /// <summary>Front matter <c>summary</c>, else the first sentence of the story (its words, without
    /// markup), cut at a word boundary.</summary>
    public static string Of(Digest digest)
    {
        if (!string.IsNullOrWhiteSpace(digest.FrontMatter.Summary)) return digest.FrontMatter.Summary.Trim();
        var first = digest.Story.Paragraphs.FirstOrDefault() is { } p ? Content.Markup.InlineMarkdown.ToPlain(p) : digest.Title;
        return Cut(FirstSentence(first), MaxLength);
    }

    /// <summary>The text up to its first sentence break (<see cref="Content.LineShape.SentenceBreak"/>).</summary>
    public static string FirstSentence(string text)
    {
        var end = Content.LineShape.SentenceBreak(text);
        return end < 0 ? text : text[..(end + 1)];
    }

    public static string Cut(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', maxLength - 1);
        var head = (cut > maxLength / 2 ? text[..cut] : text[..(maxLength - 1)]).TrimEnd(',', ';', ':', ' ');
        return head + "…";
    }

    public static int ReadingMinutes(Digest digest)
    {
        var words = Content.LineShape.WordCount(digest.Title);
        foreach (var s in digest.Sections)
        {
            words += Content.LineShape.WordCount(s.Label) + Content.LineShape.WordCount(s.Headline);
            foreach (var p in s.Paragraphs) words += Content.LineShape.WordCount(p);
        }
        return Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute, MidpointRounding.AwayFromZero));
    }
}

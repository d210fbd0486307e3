namespace DigestSite.Validation;

/// <summary>A short piece of a page's source at a line and column, to show what a parse error is about
/// (AngleSharp's messages do not name the tag).</summary>
public static class SourceExcerpt
{
    private const int MaxLength = 60;

    /// <summary>From the position to the end of the tag that starts there (or a few words), on one line;
    /// empty when the position is outside the text.</summary>
    public static string At(ReadOnlySpan<char> text, int line, int column)
    {
        var start = 0;
        for (var l = 1; l < line; l++)
        {
            var lineEnd = text[start..].IndexOf('\n');
            if (lineEnd < 0) return "";
            start += lineEnd + 1;
        }
        start += column - 1;
        if (column < 1 || start >= text.Length) return "";

        var end = start;
        while (end < text.Length && end - start < MaxLength && text[end] is not ('\n' or '\r'))
            if (text[end++] == '>' ) break;
        return text[start..end].Trim().ToString();
    }
}

namespace DigestSite.Search;

/// <summary>
/// Splits text into words: runs of letters and digits. Apostrophes and hyphens end a word ("d'Ivoire" gives
/// "d" and "Ivoire"); single letters joined by full stops are one word ("A.I." is "AI", "U.S." is "US"), so an
/// abbreviation is found whether or not it is written with stops.
/// </summary>
public static class WordSplitter
{
    /// <summary>Each word as its start in <paramref name="text"/> and its letters (stops of an abbreviation left out).</summary>
    public static IEnumerable<(int Start, string Word)> Words(string text)
    {
        var i = 0;
        while (Next(text, ref i, out var start, out var end, out var abbreviation))
            yield return (start, abbreviation ?? text[start..end]);
    }

    /// <summary>The next word from <paramref name="i"/> on: its span in the text, and for an abbreviation its
    /// letters without the stops (else null). Moves <paramref name="i"/> past it; false when there is none.</summary>
    public static bool Next(string text, ref int i, out int start, out int end, out string? abbreviation)
    {
        abbreviation = null;
        while (i < text.Length && !IsWordChar(text, i)) i++;
        start = end = i;
        if (i >= text.Length) return false;
        while (i < text.Length && IsWordChar(text, i)) i++;
        end = i;
        // "A.I.", "U.S.A": single letters, each followed by a stop and another single letter.
        if (end - start == 1 && char.IsLetter(text[start]) && IsAbbreviationStop(text, i))
        {
            var letters = new System.Text.StringBuilder().Append(text[start]);
            while (IsAbbreviationStop(text, i))
            {
                letters.Append(text[i + 1]);
                i += 2;
            }
            if (i < text.Length && text[i] == '.') i++;
            end = i;
            abbreviation = letters.ToString();
        }
        return true;
    }

    /// <summary>A stop at <paramref name="i"/> followed by a single letter (the next part of an abbreviation).</summary>
    private static bool IsAbbreviationStop(string text, int i) =>
        i + 1 < text.Length && text[i] == '.' && char.IsLetter(text[i + 1])
        && (i + 2 >= text.Length || !IsWordChar(text, i + 2));

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (c < 128) return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
        if (char.IsLetterOrDigit(c)) return true;
        // Combining marks belong to the letter before them (a decomposed accent).
        return i > 0 && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }
}

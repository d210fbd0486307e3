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
        while (i < text.Length)
        {
            if (!IsWordChar(text, i)) { i++; continue; }
            var start = i;
            while (i < text.Length && IsWordChar(text, i)) i++;
            // "A.I.", "U.S.A": single letters, each followed by a stop and another single letter.
            if (i - start == 1 && char.IsLetter(text[start]) && IsAbbreviationStop(text, i))
            {
                var letters = new System.Text.StringBuilder().Append(text[start]);
                while (IsAbbreviationStop(text, i))
                {
                    letters.Append(text[i + 1]);
                    i += 2;
                }
                if (i < text.Length && text[i] == '.') i++;
                yield return (start, letters.ToString());
                continue;
            }
            yield return (start, text[start..i]);
        }
    }

    /// <summary>A stop at <paramref name="i"/> followed by a single letter (the next part of an abbreviation).</summary>
    private static bool IsAbbreviationStop(string text, int i) =>
        i + 1 < text.Length && text[i] == '.' && char.IsLetter(text[i + 1])
        && (i + 2 >= text.Length || !IsWordChar(text, i + 2));

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c)) return true;
        // Combining marks belong to the letter before them (a decomposed accent).
        return i > 0 && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }
}

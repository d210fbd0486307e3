namespace DigestSite.Topics;

/// <summary>
/// Splits prose into word tokens for phrase matching. A token keeps inner dots, hyphens and apostrophes
/// ("U.S", "Osei-Mensah", "d'Ivoire"); a trailing full stop and a possessive "'s" are dropped, so "Japan's"
/// and "U.S." match "Japan" and "U.S.".
/// </summary>
public static class PhraseTokenizer
{
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i])) i++;
            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || IsJoiner(text, i))) i++;
            if (i > start) tokens.Add(Normalize(text[start..i]));
        }
        return tokens;
    }

    public static string Normalize(string token)
    {
        var t = token.TrimEnd('.', '-', '\'', '’');
        if (t.EndsWith("'s", StringComparison.Ordinal) || t.EndsWith("’s", StringComparison.Ordinal)) t = t[..^2];
        return t;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>A dot, hyphen or apostrophe inside a word joins it; at the edge it is punctuation.</summary>
    private static bool IsJoiner(string text, int i) =>
        text[i] is '.' or '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
        || text[i] == '.' && i > 0 && char.IsUpper(text[i - 1]) && i >= 2 && text[i - 2] == '.';
}

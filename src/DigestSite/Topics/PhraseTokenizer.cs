using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>A token as a place in its text: <c>text.AsSpan(Start, Length)</c>. Tokens stay positions, not
/// strings, so scanning thousands of digests allocates nothing per word.</summary>
public readonly record struct TextToken(int Start, int Length)
{
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}

/// <summary>
/// Splits prose into word tokens for phrase matching. A token keeps inner dots, hyphens and apostrophes
/// ("U.S", "Osei-Mensah", "d'Ivoire") and a number's commas ("2,800"); a trailing full stop and a possessive "'s" are dropped, so "Japan's"
/// and "U.S." match "Japan" and "U.S.".
/// </summary>
public static class PhraseTokenizer
{
    public static List<string> Tokens(string text)
    {
        var tokens = new List<TextToken>();
        Tokenize(text, tokens);
        return tokens.ConvertAll(t => text.Substring(t.Start, t.Length));
    }

    /// <summary>Replaces the contents of <paramref name="tokens"/> with the tokens of <paramref name="text"/>.</summary>
    public static void Tokenize(string text, List<TextToken> tokens)
    {
        tokens.Clear();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i])) i++;
            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || IsJoiner(text, i))) i++;
            if (i > start) tokens.Add(new TextToken(start, NormalizedLength(text.AsSpan(start, i - start))));
        }
    }

    /// <summary>The length of the token once trailing dots, hyphens and apostrophes and a possessive "'s" are
    /// dropped: always a prefix of the token, so the result is still a place in the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NormalizedLength(ReadOnlySpan<char> token)
    {
        var length = token.Length;
        while (length > 0 && token[length - 1] is '.' or '-' or '\'' or '’') length--;
        if (length >= 2 && token[length - 1] == 's' && token[length - 2] is '\'' or '’') length -= 2;
        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>A dot, hyphen or apostrophe inside a word joins it, and a comma between digits joins a number
    /// ("2,800", which does not end in "800"); at the edge it is punctuation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsJoiner(string text, int i) =>
        text[i] is '.' or '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
        || text[i] == ',' && i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])
        || text[i] == '.' && i > 0 && char.IsUpper(text[i - 1]) && i >= 2 && text[i - 2] == '.';
}

using System.Globalization;
using System.Text;

namespace DigestSite.Search;

/// <summary>
/// How the index and the search page's script see a word: compatibility forms joined (NFKC), lower case, accents
/// taken off, so "Tōkyō", "TOKYO" and "tokyo" are one word. The script folds what the reader types the same way
/// (NFKC, lower case, NFD without combining marks).
/// </summary>
public static class WordFolding
{
    /// <summary>Lower case in the compatibility form, accents kept (what a stemmer and a stop list expect).</summary>
    public static string Lower(string word) => word.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>Without accents: the decomposed form without its combining marks, composed again.</summary>
    public static string StripAccents(string word)
    {
        var plain = true;
        foreach (var c in word) if (c > '\u007f') { plain = false; break; }
        if (plain) return word;
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string Fold(string word) => StripAccents(Lower(word));
}

using System.Text;
using AnyAscii;

namespace DigestSite;

/// <summary>URL slugs: ASCII transliteration (São Tomé → sao-tome), lower case, words joined by hyphens, cut
/// at a word boundary. The one slug rule of the site: digests, topics and topic keys all use it.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string text, int maxLength = MaxLength)
    {
        var ascii = System.Text.Ascii.IsValid(text) ? text : text.Transliterate(); // most titles need no table lookups
        var sb = new StringBuilder(ascii.Length);
        var pendingHyphen = false;
        void Word(string word)
        {
            if (sb.Length > 0) sb.Append('-');
            sb.Append(word);
            pendingHyphen = true;
        }
        for (var i = 0; i < ascii.Length; i++)
        {
            var c = ascii[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            // "+" is a word of its own ("C++" → "c-plus-plus", "Disney+"), and so is "#" closing a name ("C#",
            // "F#" → "c-sharp"): dropped, they would give those names the slug of "C" or "F".
            else if (c == '+') Word("plus");
            else if (c == '#' && i > 0 && char.IsAsciiLetter(ascii[i - 1]) && (i + 1 == ascii.Length || !char.IsAsciiLetterOrDigit(ascii[i + 1]))) Word("sharp");
            else if (c != '\'' && c != '’')
            {
                // Apostrophes join ("Japan's" → "japans"); everything else separates words.
                pendingHyphen = true;
            }
        }
        var slug = sb.ToString();
        if (slug.Length <= maxLength) return slug;
        var cut = slug.LastIndexOf('-', maxLength);
        return cut > 0 ? slug[..cut] : slug[..maxLength];
    }

    /// <summary>Gives each item a unique slug: the first keeps its own, later ones get -2, -3, … in the order
    /// given (the input-path order, so the result is deterministic).</summary>
    public static IReadOnlyList<string> MakeUnique(IEnumerable<string> slugs)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        var wanted = slugs.ToList();
        var reserved = new HashSet<string>(wanted, StringComparer.Ordinal);
        foreach (var s in wanted)
        {
            var candidate = s.Length == 0 ? "digest" : s;
            if (!taken.Add(candidate))
            {
                var n = 2;
                // Skip suffixes that another item asks for as its own slug.
                while (taken.Contains($"{candidate}-{n}") || reserved.Contains($"{candidate}-{n}")) n++;
                candidate = $"{candidate}-{n}";
                taken.Add(candidate);
            }
            result.Add(candidate);
        }
        return result;
    }
}

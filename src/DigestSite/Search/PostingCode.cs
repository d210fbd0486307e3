using System.Text;

namespace DigestSite.Search;

/// <summary>
/// Numbers as short ASCII text, the way the index's files hold lists of digests: each number in groups of five
/// bits, most significant first; the last group is one of 32 "final" characters, the others one of 32
/// "continued" ones. Small numbers (gaps between digests that share a common word) take one character, and the
/// text needs no escaping in JSON. The search page's script decodes it with the same two alphabets.
/// </summary>
public static class PostingCode
{
    public const string Final = "0123456789abcdefghijklmnopqrstuv";
    public const string Continued = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

    public static void Append(StringBuilder sb, int value)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(nameof(value));
        var shift = 0;
        while (value >> shift >> 5 != 0) shift += 5;
        for (; shift > 0; shift -= 5) sb.Append(Continued[(value >> shift) & 31]);
        sb.Append(Final[value & 31]);
    }

    /// <summary>Increasing ids as gaps: the first as itself, each next as its distance from the one before less one.</summary>
    public static string Ids(IEnumerable<int> ascending)
    {
        var sb = new StringBuilder();
        var previous = -1;
        foreach (var id in ascending)
        {
            Append(sb, id - previous - 1);
            previous = id;
        }
        return sb.ToString();
    }

    public static List<int> Decode(string text)
    {
        var values = new List<int>();
        var value = 0;
        foreach (var c in text)
        {
            var f = Final.IndexOf(c);
            if (f >= 0) { values.Add(value * 32 + f); value = 0; }
            else value = value * 32 + Continued.IndexOf(c);
        }
        return values;
    }
}

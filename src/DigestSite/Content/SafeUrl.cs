namespace DigestSite.Content;

/// <summary>
/// The URL schemes a page may link to or load from: a URL from content (front matter, digest text) or from a
/// theme is either relative (no scheme: a path, a fragment, <c>//host/path</c>) or absolute with one of
/// <see cref="Schemes"/>. Anything else (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c>) could
/// run a script or reach the reader's own machine, so content that names one is refused and a page that carries
/// one fails validation.
/// </summary>
public static class SafeUrl
{
    public static readonly IReadOnlyList<string> Schemes = ["http", "https", "mailto", "tel"];

    /// <summary>True when a browser following <paramref name="url"/> would use an allowed scheme, or none.</summary>
    public static bool IsAllowed(ReadOnlySpan<char> url)
    {
        var scheme = SchemeSpan(url, out var cleaned);
        if (scheme.IsEmpty) return true;
        foreach (var allowed in Schemes)
            if (scheme.Equals(allowed, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The scheme a browser reads in <paramref name="url"/>, lower-cased, or null for a relative URL.</summary>
    public static string? SchemeOf(ReadOnlySpan<char> url)
    {
        var scheme = SchemeSpan(url, out _);
        return scheme.IsEmpty ? null : scheme.ToString().ToLowerInvariant();
    }

    /// <summary>Like a browser, drops leading and trailing spaces and control characters, and tabs and line
    /// breaks anywhere (so <c>"java&#9;script:"</c> is <c>javascript:</c>), then reads the letters, digits,
    /// <c>+ - .</c> before the first colon; empty when there is no scheme.</summary>
    private static ReadOnlySpan<char> SchemeSpan(ReadOnlySpan<char> url, out string? cleaned)
    {
        cleaned = null;
        var text = url.Trim(SpaceAndControls);
        if (text.IndexOfAny('\t', '\n', '\r') >= 0)
            text = cleaned = text.ToString().Replace("\t", "").Replace("\n", "").Replace("\r", "");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ':') return text[..i];
            var isLetter = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
            if (!isLetter && (i == 0 || !(char.IsAsciiDigit(c) || c is '+' or '-' or '.'))) return [];
        }
        return [];
    }

    private const string SpaceAndControls = " \u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F";
}

namespace DigestSite.Configuration;

/// <summary>
/// Recognises the common shape of a site's base URL without <see cref="Uri"/>, whose first use costs a process
/// some 20 ms (its assembly, its tables): <c>http(s)://</c>, a host name of letters, digits and hyphens in
/// dot-separated labels (the first starting with a letter), an optional port, and a path of letters, digits
/// and <c>-._~/</c>. Every URL of that shape is one <see cref="Uri"/> takes as an absolute http(s) URL (a test
/// checks it); anything else (an IP address, user info, a query, escapes, other letters) is left to
/// <see cref="Uri"/>, which is then the judge.
/// </summary>
internal static class PlainHttpUrl
{
    private const int MaxLength = 2048;
    private const int MaxHostLength = 253;

    public static bool Is(string url)
    {
        if (url.Length > MaxLength) return false;
        var rest = url.AsSpan();
        if (rest.StartsWith("https://", StringComparison.Ordinal)) rest = rest["https://".Length..];
        else if (rest.StartsWith("http://", StringComparison.Ordinal)) rest = rest["http://".Length..];
        else return false;

        var hostEnd = rest.IndexOfAny(':', '/');
        if (hostEnd < 0) hostEnd = rest.Length;
        if (!IsHostName(rest[..hostEnd])) return false;
        rest = rest[hostEnd..];

        if (rest.Length > 0 && rest[0] == ':')
        {
            var portEnd = rest.IndexOf('/');
            if (portEnd < 0) portEnd = rest.Length;
            if (!IsPort(rest[1..portEnd])) return false;
            rest = rest[portEnd..];
        }
        foreach (var c in rest)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '.' or '_' or '~')) return false;
        return true;
    }

    private static bool IsHostName(ReadOnlySpan<char> host)
    {
        if (host.IsEmpty || host.Length > MaxHostLength || !char.IsAsciiLetter(host[0])) return false;
        while (true)
        {
            var dot = host.IndexOf('.');
            var label = dot < 0 ? host : host[..dot];
            // No "--" anywhere: "xn--" starts an internationalised name, which Uri decodes.
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' || label.Contains("--", StringComparison.Ordinal)) return false;
            foreach (var c in label)
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-')) return false;
            if (dot < 0) return true;
            host = host[(dot + 1)..];
        }
    }

    private static bool IsPort(ReadOnlySpan<char> port)
    {
        if (port.Length is 0 or > 5 || port[0] == '0') return false;
        var value = 0;
        foreach (var c in port)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return value <= 65535;
    }
}

using YamlDotNet.RepresentationModel;

namespace DigestSite.Content;

/// <summary>
/// Reads the front matter editors write nearly always, one <c>key: value</c> a line with a plain, quoted or
/// <c>[a, "b"]</c> list value, without YamlDotNet, whose reader costs some 12 KB of memory and tens of
/// microseconds a file for three lines (at 4,000 digests, more than a third of the parse stage's allocation).
/// Anything else (comments, indented lines, block lists, escapes, multi-line or special values, repeated keys)
/// gives null, and the caller reads the block with YamlDotNet: this reader only says yes where the YAML is
/// surely what it reads (a test compares the two on many shapes).
/// </summary>
internal static class SimpleFrontMatter
{
    /// <summary>The mapping of <paramref name="lines"/>[<paramref name="from"/>..<paramref name="to"/>), or null
    /// when a line is not of the simple kinds.</summary>
    public static YamlMappingNode? TryRead(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var map = new YamlMappingNode();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = from; i < to; i++)
        {
            var text = lines[i].Text.AsSpan();
            if (text.IsWhiteSpace()) continue;
            var colon = KeyLength(text);
            if (colon <= 0 || colon + 1 >= text.Length || text[colon + 1] != ' ') return null;
            var key = text[..colon].ToString();
            if (!keys.Add(key)) return null;
            var value = text[(colon + 1)..].TrimStart(' ');
            if (value.IsEmpty || value.Contains('\t')) return null;
            YamlNode? node = value[0] == '[' ? Sequence(value) : Scalar(value, inFlow: false) is { } s ? new YamlScalarNode(s) : null;
            if (node is null) return null;
            map.Add(new YamlScalarNode(key), node);
        }
        return map;
    }

    /// <summary>The length of a leading key of letters, digits, '_' and '-' followed by ':'; 0 when there is none.</summary>
    private static int KeyLength(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] is '_' or '-')) i++;
        return i > 0 && char.IsAsciiLetter(line[0]) && i < line.Length && line[i] == ':' ? i : 0;
    }

    private static YamlSequenceNode? Sequence(ReadOnlySpan<char> value)
    {
        if (value[^1] != ']') return null;
        var inner = value[1..^1];
        var sequence = new YamlSequenceNode();
        if (inner.IsWhiteSpace()) return sequence;
        while (true)
        {
            var comma = NextComma(inner);
            var item = (comma < 0 ? inner : inner[..comma]).Trim(' ');
            if (Scalar(item, inFlow: true) is not { } s) return null;
            sequence.Add(new YamlScalarNode(s));
            if (comma < 0) return sequence;
            inner = inner[(comma + 1)..];
        }
    }

    /// <summary>The next comma outside quotes (a quote left open gives -1 and the item is then refused).</summary>
    private static int NextComma(ReadOnlySpan<char> text)
    {
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == ',') return i;
        }
        return -1;
    }

    /// <summary>A scalar's value: a double-quoted one without escapes, a single-quoted one without quotes inside,
    /// or a plain one that YAML reads as written; null for anything else.</summary>
    private static string? Scalar(ReadOnlySpan<char> text, bool inFlow)
    {
        if (text.IsEmpty) return null;
        if (text[0] is '"' or '\'')
        {
            var quote = text[0];
            if (text.Length < 2 || text[^1] != quote) return null;
            var inner = text[1..^1];
            return inner.IndexOfAny(quote, '\\') < 0 ? inner.ToString() : null;
        }
        // A plain scalar is taken here when it starts with a letter or digit (no indicator, no document marker),
        // holds neither ": " nor " #" and does not end with ':'; in a list it holds none of the list's own
        // characters either.
        if (!char.IsLetterOrDigit(text[0]) || text[^1] == ':' || text.Contains(": ", StringComparison.Ordinal)
            || text.Contains(" #", StringComparison.Ordinal) || char.IsWhiteSpace(text[^1]))
            return null;
        if (inFlow && text.IndexOfAny(FlowIndicators) >= 0) return null;
        foreach (var c in text)
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFEFF' or '\uFFFE' or '\uFFFF') return null;
        return text.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> FlowIndicators = System.Buffers.SearchValues.Create(",[]{}:#\"'");
}

using System.Globalization;
using System.Text;
using System.Xml;

namespace DigestSite.Outputs;

/// <summary>
/// The one way this folder writes XML: an <see cref="XmlWriter"/> into UTF-8 bytes (no byte order mark,
/// two-space indent, "\n" line ends, so the bytes are the same on every machine), and text cleaned of the
/// characters XML 1.0 cannot hold (a stray control character in a digest must not stop the build).
/// </summary>
internal static class XmlOutput
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static byte[] Document(Action<XmlWriter> writeRoot) => Document((writer, _) => writeRoot(writer));

    /// <summary>As <see cref="Document(Action{XmlWriter})"/>, with the stream beneath the writer, for markup
    /// written once and copied into many documents (flush the writer before writing to the stream), and the
    /// size expected, when known, so that a large document is not grown by copying.</summary>
    public static byte[] Document(Action<XmlWriter, Stream> writeRoot, int capacity = 0)
    {
        using var stream = new MemoryStream(capacity);
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            writeRoot(writer, stream);
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Writes &lt;name&gt;text&lt;/name&gt; in the current default namespace.</summary>
    public static void Text(this XmlWriter writer, string name, string text) =>
        writer.WriteElementString(name, Clean(text));

    /// <summary>Writes &lt;prefix:name&gt;text&lt;/prefix:name&gt; in the given namespace.</summary>
    public static void Text(this XmlWriter writer, string prefix, string name, string ns, string text) =>
        writer.WriteElementString(prefix, name, ns, Clean(text));

    /// <summary>Writes text in an element that feed readers render as HTML (RSS 2.0's <c>title</c> and
    /// <c>description</c> are entity-encoded HTML): the text is HTML-escaped first, so a reader shows
    /// "&lt;img&gt;" as words, never as markup.</summary>
    public static void HtmlText(this XmlWriter writer, string name, string text) =>
        writer.WriteElementString(name, EscapeHtml(Clean(text)));

    private static string EscapeHtml(string text) =>
        text.AsSpan().IndexOfAny('&', '<', '>') < 0 ? text : text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>RFC 822 (as RSS 2.0 wants it, with a four-digit year): "Sat, 28 Nov 2026 09:30:00 +0100".</summary>
    public static string Rfc822(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + $"{sign}{abs.Hours:D2}{abs.Minutes:D2}";
    }

    /// <summary>RFC 3339 / W3C date-time with the digest's own offset: "2026-11-28T09:30:00+01:00".</summary>
    public static string Rfc3339(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Drops characters XML 1.0 does not allow (most C0 controls, lone surrogates, U+FFFE/U+FFFF).</summary>
    public static string Clean(string text)
    {
        var firstBad = FirstInvalid(text);
        if (firstBad < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!XmlConvert.IsXmlChar(c)) return i;
        }
        return -1;
    }
}

using System.Text;
using DigestSite.Diagnostics;

namespace DigestSite.Content;

/// <summary>One physical line of a digest file: its 1-based number and its text, trimmed of trailing white
/// space (NFC-normalised, BOM and zero-width characters removed). A class, not a struct: the lists and queries
/// of lines then run the framework's code compiled ahead of time for any class, where a struct of ours would
/// have each of them compiled at run time (some 30 methods at a rebuild's first parse).</summary>
public sealed record SourceLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}

/// <summary>Turns a file's bytes into lines, or says why they are not digest text.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(byte[] bytes, string path, out IReadOnlyList<SourceLine> lines, out Diagnostic? problem)
    {
        lines = [];
        problem = null;
        if (!TryGetText(bytes, path, out var text, out problem)) return false;

        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (!SurelyNfc(text) && !text.IsNormalized(NormalizationForm.FormC)) text = text.Normalize(NormalizationForm.FormC);
        lines = Split(text);
        return true;
    }

    /// <summary>Whether the text is surely in NFC without asking ICU (whose first use costs a rebuild ~25 ms):
    /// below U+0300 (Latin-1, Latin Extended-A and B) every character is precomposed and stays as it is under
    /// NFC, as do the dashes, quotation marks, bullets and ellipsis of U+2010-U+2027 that editors type.</summary>
    private static bool SurelyNfc(string text)
    {
        var rest = text.AsSpan();
        while (rest.IndexOfAnyExceptInRange('\0', '\u02FF') is var i and >= 0)
        {
            if (rest[i] is < '\u2010' or > '\u2027') return false;
            rest = rest[(i + 1)..];
        }
        return true;
    }

    private static bool TryGetText(byte[] bytes, string path, out string text, out Diagnostic? problem)
    {
        text = "";
        problem = null;
        // A byte-order mark says what the text is, so UTF-16 (Windows "Unicode" files) is read, not guessed.
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF) && bytes.Length % 2 == 0)
        {
            var utf16 = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
            try
            {
                text = utf16.GetString(bytes, 2, bytes.Length - 2);
                if (text.Contains('\0')) throw new DecoderFallbackException();
                return true;
            }
            catch (DecoderFallbackException)
            {
                problem = Diagnostic.Error(path, 1, "not valid UTF-16 text despite its byte-order mark: save the file as UTF-8", "content");
                return false;
            }
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            problem = Diagnostic.Error(path, LineOfOffset(bytes, nul), "binary file (NUL byte): not a digest", "content");
            return false;
        }
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            var offset = FirstInvalidUtf8(bytes);
            problem = Diagnostic.Error(path, LineOfOffset(bytes, offset),
                "not valid UTF-8 text: save the file as UTF-8 (the first bad byte is on this line)", "content");
            return false;
        }
    }

    /// <summary>Splits on CRLF, CR, LF and the Unicode line and paragraph separators alike.</summary>
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        int start = 0, number = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\n' or '\r' or '\u2028' or '\u2029' or '\u0085')) continue;
            lines.Add(new SourceLine(number++, Clean(text, start, i)));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(new SourceLine(number, Clean(text, start, text.Length)));
        return lines;
    }

    /// <summary>Drops characters that are invisible yet not white space to .NET (zero-width spaces, a BOM
    /// left in the middle by joining files, control characters), and trailing white space.</summary>
    private static string Clean(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var needs = false;
        foreach (var c in span)
            if (IsInvisible(c)) { needs = true; break; }
        if (!needs) return span.TrimEnd().ToString();

        var sb = new StringBuilder(span.Length);
        foreach (var c in span)
            if (!IsInvisible(c)) sb.Append(c);
        return sb.ToString().TrimEnd();
    }

    private static bool IsInvisible(char c) =>
        c is '\uFEFF' or '\u200B' or '\u2060' or '\u00AD' || (char.IsControl(c) && c != '\t');

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }

    private static int LineOfOffset(byte[] bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') line++;
        return line;
    }
}

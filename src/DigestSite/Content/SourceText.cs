using System.Buffers;
using System.Text;
using DigestSite.Diagnostics;

namespace DigestSite.Content;

/// <summary>One physical line of a digest file: its 1-based number and its text, trimmed of trailing white
/// space (NFC-normalised, BOM and zero-width characters removed).</summary>
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
        if (!TryGetText(bytes, path, out var buffer, out var length, out problem)) return false;
        try
        {
            var text = buffer.AsSpan(0, length);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            lines = Split(text);
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Decodes the file into a buffer from the shared pool (the caller returns it): the text is only ever
    /// read line by line, so it is never made a string of its own.</summary>
    private static bool TryGetText(byte[] bytes, string path, out char[] buffer, out int length, out Diagnostic? problem)
    {
        buffer = [];
        length = 0;
        problem = null;
        // A byte-order mark says what the text is, so UTF-16 (Windows "Unicode" files) is read, not guessed.
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF) && bytes.Length % 2 == 0)
        {
            var utf16 = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
            return TryDecodeInto(utf16, bytes.AsSpan(2), out buffer, out length, rejectNul: true) ||
                Fail(Diagnostic.Error(path, 1, "not valid UTF-16 text despite its byte-order mark: save the file as UTF-8", "content"), out problem);
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
            return Fail(Diagnostic.Error(path, LineOfOffset(bytes, nul), "binary file (NUL byte): not a digest", "content"), out problem);
        if (TryDecodeInto(StrictUtf8, bytes, out buffer, out length, rejectNul: false)) return true;
        var offset = FirstInvalidUtf8(bytes);
        return Fail(Diagnostic.Error(path, LineOfOffset(bytes, offset),
            "not valid UTF-8 text: save the file as UTF-8 (the first bad byte is on this line)", "content"), out problem);
    }

    private static bool TryDecodeInto(Encoding encoding, ReadOnlySpan<byte> bytes, out char[] buffer, out int length, bool rejectNul)
    {
        buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.GetMaxCharCount(bytes.Length)));
        try
        {
            length = encoding.GetChars(bytes, buffer);
            if (!rejectNul || buffer.AsSpan(0, length).IndexOf('\0') < 0) return true;
        }
        catch (DecoderFallbackException)
        {
        }
        ArrayPool<char>.Shared.Return(buffer);
        buffer = [];
        length = 0;
        return false;
    }

    private static bool Fail(Diagnostic diagnostic, out Diagnostic? problem)
    {
        problem = diagnostic;
        return false;
    }

    /// <summary>Splits on CRLF, CR, LF and the Unicode line and paragraph separators alike.</summary>
    private static List<SourceLine> Split(ReadOnlySpan<char> text)
    {
        var lines = new List<SourceLine>();
        int start = 0, number = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\n' or '\r' or '\u2028' or '\u2029' or '\u0085')) continue;
            lines.Add(new SourceLine(number++, Line(text[start..i])));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(new SourceLine(number, Line(text[start..])));
        return lines;
    }

    /// <summary>One line, NFC-normalised (line by line is the same as the whole text at once: no composition
    /// reaches across a line break), then cleaned.</summary>
    private static string Line(ReadOnlySpan<char> raw)
    {
        // Cleaned first: normalisation refuses noncharacters, and what is dropped must not keep apart a letter and
        // the accent that composes with it.
        var line = Clean(raw);
        return line.IsNormalized(NormalizationForm.FormC) ? line : line.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Drops characters that are invisible yet not white space to .NET (zero-width spaces, a BOM
    /// left in the middle by joining files, control characters), and trailing white space.</summary>
    private static string Clean(ReadOnlySpan<char> span)
    {
        if (span.IndexOfAny(Invisible) < 0) return span.TrimEnd().ToString();

        var sb = new StringBuilder(span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && IsNoncharacter(c, span[i + 1])) i++;
            else if (char.IsSurrogate(c) || !Invisible.Contains(c)) sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>Whether a surrogate pair is one of the noncharacters U+1FFFE, U+1FFFF, … U+10FFFF.</summary>
    private static bool IsNoncharacter(char high, char low) => (high & 0x3F) == 0x3F && low is '\uDFFE' or '\uDFFF';

    /// <summary>Zero-width and soft-hyphen characters, a BOM, the control characters but the tab, and the
    /// noncharacters (U+FDD0-U+FDEF and U+FFFE, U+FFFF of every plane: never text, refused by normalisation and
    /// by HTML).</summary>
    private static readonly SearchValues<char> Invisible = SearchValues.Create(InvisibleCharacters());

    private static string InvisibleCharacters()
    {
        var chars = new StringBuilder("\uFEFF\u200B\u2060\u00AD");
        for (var c = '\0'; c < '\u00A0'; c++)
            if (char.IsControl(c) && c != '\t') chars.Append(c);
        for (var c = '\uFDD0'; c <= '\uFDEF'; c++) chars.Append(c);
        // The low halves of the other planes' noncharacters bring a line to Clean, which drops whole pairs only.
        return chars.Append('\uFFFE').Append('\uFFFF').Append('\uDFFE').Append('\uDFFF').ToString();
    }

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

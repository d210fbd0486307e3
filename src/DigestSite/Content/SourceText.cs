using System.Text;
using DigestSite.Diagnostics;

namespace DigestSite.Content;

/// <summary>One physical line of a digest file: its 1-based number and its text, trimmed of trailing white
/// space (NFC-normalised, BOM removed).</summary>
public readonly record struct SourceLine(int Number, string Text)
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
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            problem = Diagnostic.Error(path, LineOfOffset(bytes, nul), "binary file (NUL byte): not a digest", "content");
            return false;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index : 0;
            problem = Diagnostic.Error(path, LineOfOffset(bytes, offset), "not valid UTF-8 text: save the file as UTF-8", "content");
            return false;
        }

        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (!text.IsNormalized(NormalizationForm.FormC)) text = text.Normalize(NormalizationForm.FormC);
        lines = Split(text);
        return true;
    }

    /// <summary>Splits on CRLF, CR or LF alike.</summary>
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        int start = 0, number = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r') continue;
            lines.Add(new SourceLine(number++, text[start..i].TrimEnd()));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(new SourceLine(number, text[start..].TrimEnd()));
        return lines;
    }

    private static int LineOfOffset(byte[] bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') line++;
        return line;
    }
}

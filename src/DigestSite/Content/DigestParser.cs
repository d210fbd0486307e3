using DigestSite.Diagnostics;
using DigestSite.Reading;

namespace DigestSite.Content;

/// <summary>Entry point of the parse stage: bytes of one file in, a <see cref="ParseResult"/> out. Never throws
/// for bad input; every problem becomes a diagnostic with a line.</summary>
public static class DigestParser
{
    public static ParseResult Parse(SourceFile file) => Parse(file.Bytes, file.RelativePath, file.Extension);

    public static ParseResult Parse(byte[] bytes, string path, string extension)
    {
        var diagnostics = new List<Diagnostic>();
        Digest? digest = null;
        try
        {
            digest = ParseText(bytes, path, extension, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A safety net only: the parser reports bad input as diagnostics. Reaching this is a bug (the fuzz
            // test looks for this message), but one file must never stop the build of the others.
            digest = null;
            diagnostics.Add(Diagnostic.Error(path, 1, $"{InternalErrorPrefix} {e.GetType().Name}: {e.Message}", "content"));
        }
        return new ParseResult(path, digest, [.. diagnostics]);
    }

    public const string InternalErrorPrefix = "internal error while reading this file (a bug in DigestSite):";

    private static Digest? ParseText(byte[] bytes, string path, string extension, List<Diagnostic> diagnostics)
    {
        Digest? digest = null;
        if (bytes.Length > DigestLimits.MaxFileBytes)
            diagnostics.Add(Diagnostic.Error(path, 1,
                $"the file is larger than {DigestLimits.MaxFileBytes / 1024} KiB; a digest is a short text (is it the right file?)", "content"));
        else if (SourceText.TryDecode(bytes, path, out var lines, out var problem))
        {
            var body = FrontMatterParser.Split(lines, path, diagnostics, out var frontMatter);
            if (frontMatter is not null)
                digest = extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
                    ? MarkdownDigestParser.Parse(body, frontMatter, path, diagnostics)
                    : PlainTextDigestParser.Parse(body, frontMatter, path, diagnostics);
        }
        else
        {
            diagnostics.Add(problem!);
        }
        return digest;
    }
}

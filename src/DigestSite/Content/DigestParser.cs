using DigestSite.Diagnostics;
using DigestSite.Reading;

namespace DigestSite.Content;

/// <summary>Entry point of the parse stage: bytes of one file in, a <see cref="ParseResult"/> out. Never throws
/// for bad input; every problem becomes a diagnostic with a line.</summary>
public static class DigestParser
{
    public static ParseResult Parse(SourceFile file, StoryMarkers? markers = null) => Parse(file.Bytes, file.RelativePath, file.Extension, markers);

    /// <param name="markers">The lines accepted for "What's the story" (<see cref="StoryMarkers.For"/>); English's when null.</param>
    public static ParseResult Parse(byte[] bytes, string path, string extension, StoryMarkers? markers = null)
    {
        var diagnostics = new List<Diagnostic>();
        Digest? digest = null;
        try
        {
            digest = ParseText(bytes, path, extension, diagnostics, markers ?? StoryMarkers.Default);
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

    private static Digest? ParseText(byte[] bytes, string path, string extension, List<Diagnostic> diagnostics, StoryMarkers markers)
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
                    ? MarkdownDigestParser.Parse(body, frontMatter, path, diagnostics, markers)
                    : PlainTextDigestParser.Parse(body, frontMatter, path, diagnostics, markers);
        }
        else
        {
            diagnostics.Add(problem!);
        }
        return digest;
    }
}

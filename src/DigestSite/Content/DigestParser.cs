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
        if (SourceText.TryDecode(bytes, path, out var lines, out var problem))
        {
            var body = FrontMatterParser.Split(lines, path, diagnostics, out var frontMatter);
            if (frontMatter is not null)
                digest = PlainTextDigestParser.Parse(body, frontMatter, path, diagnostics);
        }
        else
        {
            diagnostics.Add(problem!);
        }
        return new ParseResult(path, digest, [.. diagnostics]);
    }
}

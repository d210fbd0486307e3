namespace DigestSite.Reading;

/// <summary>An input file as read from disk: bytes, not yet text (decoding is the parser's job, so that a
/// binary or badly encoded file becomes a diagnostic rather than a crash).</summary>
public sealed record SourceFile(string RelativePath, string FullPath, byte[] Bytes, DateTime ModifiedUtc)
{
    public string Extension => System.IO.Path.GetExtension(RelativePath).ToLowerInvariant();
}

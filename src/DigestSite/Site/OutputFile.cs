namespace DigestSite.Site;

/// <summary>A file of the built site, in memory: its path in the output folder, its final bytes, and where it
/// came from (the digest and template, for messages). Validation reads exactly these bytes; the writer writes
/// them.</summary>
public sealed record OutputFile(string Path, byte[] Bytes, string Origin)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}

using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DigestSite.Diagnostics;

namespace DigestSite.Content;

/// <summary>The parser's answer for one file: the digest (null when the file could not be understood) and
/// every problem found, each with its line.</summary>
public sealed record ParseResult(string Path, Digest? Digest, ImmutableArray<Diagnostic> Diagnostics)
{
    [JsonIgnore]
    public bool Ok => Digest is not null;
}

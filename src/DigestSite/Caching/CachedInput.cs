using System.Text.Json.Serialization;
using DigestSite.Content;
using DigestSite.Enrichment;

namespace DigestSite.Caching;

/// <summary>The size and last-write time of an input file: while both are what the cache saw, the file is not
/// read again (as git trusts its index); when either moved, the file is read and its content hash decides.</summary>
public readonly record struct InputStamp(long Size, long ModifiedTicks)
{
    public static InputStamp Of(FileInfo file) => new(file.Length, file.LastWriteTimeUtc.Ticks);

    [JsonIgnore]
    public DateTime ModifiedUtc => new(ModifiedTicks, DateTimeKind.Utc);
}

/// <summary>What an earlier build learned from one input file: its stamp, the XxHash128 of its bytes, what
/// parsing them gave (the digest's title and front matter, or the diagnostics that made it skipped; its
/// sections are not kept: <see cref="InputCache"/> reads them from the file when asked), and what enriching
/// the digest found (<see cref="DigestFacts"/>: a pure function of its content and <c>statiq.yml</c>, both
/// covered by the cache's keys).</summary>
public sealed record CachedInput(InputStamp Stamp, byte[] ContentHash, ParseResult Result)
{
    /// <summary>Stored beside the record, its topic facts apart (see <see cref="StoredInput"/>).</summary>
    [JsonIgnore]
    public DigestFacts? Facts { get; init; }
}

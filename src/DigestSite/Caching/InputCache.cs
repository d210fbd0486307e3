using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Hashing;
using DigestSite.Content;
using DigestSite.Enrichment;
using DigestSite.Reading;
using DigestSite.Topics;

namespace DigestSite.Caching;

/// <summary>One input file after the read stage: its stamp, and either what the cache already knew of it or
/// its bytes and their hash, to be parsed.</summary>
public sealed record InputLoad(string RelativePath, InputStamp Stamp, ParseResult? Known, SourceFile? Source, byte[] ContentHash)
{
    /// <summary>Where the file is, to read a known digest's sections from when they are asked for.</summary>
    public required string FullPath { get; init; }

    /// <summary>Why the file's bytes could not be read, or null.</summary>
    public string? ReadError { get; init; }
}

/// <summary>
/// The read and parse stages with the build cache: an input whose size and time are those the cache recorded
/// is neither read nor parsed again; one whose bytes hash to the recorded content hash (touched, or saved
/// unchanged) is read but not parsed. A digest known so has its title and front matter from the cache and
/// reads its sections from its file only if a later stage asks for them (few do: its own page, feeds that
/// carry it). Without a cache (a clean build, or caching off) every file is read and parsed, and what they give
/// is still recorded for the next build. Safe to call from parallel workers.
/// </summary>
public sealed class InputCache(IReadOnlyDictionary<string, CachedInput> previous)
{
    public const int HashLength = 16;

    // Sized for the inputs the last build had: growing takes every lock, while parse workers insert.
    private readonly ConcurrentDictionary<string, CachedInput> _current =
        new(Environment.ProcessorCount * 4, previous.Count + previous.Count / 4 + 64, StringComparer.Ordinal);
    private int _reused;

    /// <summary>The site's story markers (<c>statiq.yml</c> decides them, and a changed one invalidates the cache).</summary>
    public StoryMarkers Markers { get; set; } = StoryMarkers.Default;

    /// <summary>Inputs this build took from the cache without parsing them.</summary>
    public int Reused => _reused;

    /// <summary>What this build learned of its inputs, for the next build's cache.</summary>
    public IReadOnlyDictionary<string, CachedInput> Current => _current;

    public InputLoad Read(string fullPath, string siteDir) =>
        Read(InputReader.RelativePath(siteDir, fullPath), fullPath, InputStamp.Of(new FileInfo(fullPath)));

    /// <summary>As <see cref="Read(string, string)"/>, for a file found with its stamp
    /// (<see cref="InputReader.FindDigestInputs"/>).</summary>
    public InputLoad Read(DigestInput input) =>
        Read(input.RelativePath, input.FullPath, new InputStamp(input.Size, input.ModifiedTicks));

    // The stamp is taken before the bytes: a file saved while being read gets a newer time, so the next build
    // reads it again.
    private InputLoad Read(string relative, string fullPath, InputStamp stamp)
    {
        if (previous.TryGetValue(relative, out var cached) && cached.Stamp == stamp)
            return new InputLoad(relative, stamp, cached.Result, null, cached.ContentHash) { FullPath = fullPath };
        byte[] bytes;
        try
        {
            bytes = ReadAtMost(fullPath, DigestLimits.MaxFileBytes + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable (no permission, removed since the folder was listed, a disk error): reported by Parse.
            return new InputLoad(relative, stamp, null, null, []) { FullPath = fullPath, ReadError = e.Message };
        }
        var source = new SourceFile(relative, fullPath, bytes, stamp.ModifiedUtc);
        var hash = XxHash128.Hash(source.Bytes);
        var known = cached is not null && cached.ContentHash.AsSpan().SequenceEqual(hash) ? cached.Result : null;
        return new InputLoad(relative, stamp, known, source, hash) { FullPath = fullPath };
    }

    /// <summary>The file's bytes, or its first <paramref name="limit"/> bytes when it is longer: enough for the
    /// parse stage to refuse an oversized file without holding all of it.</summary>
    private static byte[] ReadAtMost(string fullPath, int limit)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        var buffer = new byte[stream.CanSeek ? (int)Math.Min(stream.Length, limit) : limit];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return read == buffer.Length ? buffer : buffer[..read];
    }

    public ParseResult Parse(InputLoad load)
    {
        if (load.ReadError is { } error)
            return new ParseResult(load.RelativePath, null,
                [Diagnostics.Diagnostic.Error(load.RelativePath, 0, $"could not be read ({error}); skipped", "content")]);
        if (load.Known is not { } known)
        {
            var parsed = DigestParser.Parse(load.Source!, Markers);
            _current[load.RelativePath] = new CachedInput(load.Stamp, load.ContentHash, parsed);
            return parsed;
        }
        Interlocked.Increment(ref _reused);
        // Same bytes, same settings: same facts. The same record, while the stamp is too, which tells the cache's
        // writer that the record need not be encoded again.
        var record = previous[load.RelativePath];
        _current[load.RelativePath] = record.Stamp == load.Stamp ? record : record with { Stamp = load.Stamp };
        return known.Digest is { } head
            ? known with { Digest = head.WithDeferredSections(() => SectionsFromFile(load)) }
            : known;
    }

    /// <summary>The facts the cache holds for an input this build did not parse again, else null.</summary>
    public DigestFacts? KnownFacts(string relativePath) =>
        _current.TryGetValue(relativePath, out var input) ? input.Facts : null;

    /// <summary>The topic facts the cache held for an input (whatever its bytes are now), when they are the ones
    /// with <paramref name="fingerprint"/>: what a changed or removed digest added to the corpus's counts.</summary>
    public DigestTopicFacts? PreviousTopicFacts(string relativePath, byte[] fingerprint) =>
        previous.TryGetValue(relativePath, out var input) && input.Facts is { } facts && facts.TopicsFingerprint.AsSpan().SequenceEqual(fingerprint)
            ? facts.Topics
            : null;

    /// <summary>Keeps the facts the enrich stage found, for the next build.</summary>
    public void RecordFacts(string relativePath, DigestFacts facts)
    {
        if (_current.TryGetValue(relativePath, out var input) && !ReferenceEquals(input.Facts, facts))
            _current[relativePath] = input with { Facts = facts };
    }

    /// <summary>A known digest's sections, parsed from its file again: the file has the stamp (or the bytes) the
    /// cache recorded, so it gives the digest the cache knew. A file changed or removed since the read stage
    /// looked at it (an editor saving during the build) gives what it holds now, or only an empty story; the
    /// next build sees its new stamp and builds it properly.</summary>
    private ImmutableArray<Section> SectionsFromFile(InputLoad load)
    {
        try
        {
            var bytes = load.Source?.Bytes ?? File.ReadAllBytes(load.FullPath);
            if (DigestParser.Parse(bytes, load.RelativePath, Path.GetExtension(load.RelativePath), Markers).Digest is { } digest) return digest.Sections;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return [new Section(PlainTextDigestParser.StoryLabel, "", [])];
    }
}

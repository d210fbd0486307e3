using System.Collections.Concurrent;
using System.IO.Hashing;
using DigestSite.Content;
using DigestSite.Reading;
using DigestSite.Topics;

namespace DigestSite.Caching;

/// <summary>One input file after the read stage: its stamp, and either what the cache already knew of it or
/// its bytes and their hash, to be parsed.</summary>
public sealed record InputLoad(string RelativePath, InputStamp Stamp, ParseResult? Known, SourceFile? Source, byte[] ContentHash);

/// <summary>
/// The read and parse stages with the build cache: an input whose size and time are those the cache recorded
/// is neither read nor parsed again; one whose bytes hash to the recorded content hash (touched, or saved
/// unchanged) is read but not parsed. Without a cache (a clean build, or caching off) every file is read and
/// parsed, and what they give is still recorded for the next build. Safe to call from parallel workers.
/// </summary>
public sealed class InputCache(IReadOnlyDictionary<string, CachedInput> previous)
{
    public const int HashLength = 16;

    private readonly ConcurrentDictionary<string, CachedInput> _current = new(StringComparer.Ordinal);
    private int _reused;

    /// <summary>Inputs this build took from the cache without parsing them.</summary>
    public int Reused => _reused;

    /// <summary>What this build learned of its inputs, for the next build's cache.</summary>
    public IReadOnlyDictionary<string, CachedInput> Current => _current;

    public InputLoad Read(string fullPath, string siteDir)
    {
        var relative = InputReader.RelativePath(siteDir, fullPath);
        // The stamp before the bytes: a file saved while being read gets a newer time, so the next build reads it again.
        var stamp = InputStamp.Of(new FileInfo(fullPath));
        if (previous.TryGetValue(relative, out var cached) && cached.Stamp == stamp)
            return new InputLoad(relative, stamp, cached.Result, null, cached.ContentHash);
        var source = new SourceFile(relative, fullPath, File.ReadAllBytes(fullPath), stamp.ModifiedUtc);
        var hash = XxHash128.Hash(source.Bytes);
        var known = cached is not null && cached.ContentHash.AsSpan().SequenceEqual(hash) ? cached.Result : null;
        return new InputLoad(relative, stamp, known, source, hash);
    }

    public ParseResult Parse(InputLoad load)
    {
        var result = load.Known;
        DigestTopicFacts? facts = null;
        if (result is not null)
        {
            Interlocked.Increment(ref _reused);
            facts = previous[load.RelativePath].TopicFacts; // same bytes, same settings: same facts
        }
        else result = DigestParser.Parse(load.Source!);
        _current[load.RelativePath] = new CachedInput(load.Stamp, load.ContentHash, result) { TopicFacts = facts };
        return result;
    }

    /// <summary>The topic facts the cache holds for an input this build did not parse again, else null.</summary>
    public DigestTopicFacts? KnownFacts(string relativePath) =>
        _current.TryGetValue(relativePath, out var input) ? input.TopicFacts : null;

    /// <summary>Keeps the facts the enrich stage found, for the next build.</summary>
    public void RecordFacts(string relativePath, DigestTopicFacts facts)
    {
        if (_current.TryGetValue(relativePath, out var input) && !ReferenceEquals(input.TopicFacts, facts))
            _current[relativePath] = input with { TopicFacts = facts };
    }
}

using System.IO.Hashing;
using DigestSite.Topics;

namespace DigestSite.Caching;

/// <summary>
/// The topic facts of one section of input records, as the second part of that section in the cache file:
/// read from the file and decoded, all at once, the first time one of them is asked for, which a rebuild whose
/// digests' facts are unchanged never does. A part that cannot be
/// read back as it was written (the file replaced or damaged since the build loaded it) gives null for every
/// fact, and the enrich stage finds them again from the digests.
/// </summary>
internal sealed class DeferredFacts
{
    private readonly string _path;
    private readonly long _offset;
    private readonly int _length;
    private readonly ulong _hash;
    private readonly Lazy<DigestTopicFacts[]?> _facts;
    private int _count;

    public DeferredFacts(string path, long offset, int length, ulong hash)
    {
        (_path, _offset, _length, _hash) = (path, offset, length, hash);
        _facts = new Lazy<DigestTopicFacts[]?>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Counts one more record with facts while the section's records are read; returns its number.</summary>
    public int Add() => _count++;

    public DigestTopicFacts? Get(int number) => _facts.Value?[number];

    private DigestTopicFacts[]? Load()
    {
        try
        {
            var bytes = new byte[_length];
            using (var file = File.OpenHandle(_path)) CacheLayout.ReadExactly(file, bytes, _offset);
            if (XxHash3.HashToUInt64(bytes) != _hash) return null;
            var r = new CacheReader(bytes, 0, bytes.Length);
            var facts = new DigestTopicFacts[_count];
            for (var i = 0; i < facts.Length; i++) facts[i] = DigestTopicFacts.Read(r, r.Repeated);
            return r.AtEnd ? facts : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException)
        {
            return null;
        }
    }
}

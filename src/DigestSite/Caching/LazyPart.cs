using System.IO.Hashing;
using System.Text.Json.Serialization.Metadata;

namespace DigestSite.Caching;

/// <summary>
/// A part of a cache folder read the first time it is asked for (a bucket of topic facts, of search words),
/// and only if its bytes still hash as the manifest recorded them; otherwise, like a part that cannot be read,
/// it holds nothing (null), and what it held is found again.
/// </summary>
internal sealed class LazyPart<T> where T : class
{
    private readonly Lazy<T?> _value;

    public LazyPart(string folder, string name, ulong hash, JsonTypeInfo<T> type)
    {
        (Name, Hash) = (name, hash);
        _value = new Lazy<T?>(() => Read(Path.Combine(folder, name), hash, type), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The part's name in the manifest.</summary>
    public string Name { get; }

    /// <summary>The XxHash3 of the part's bytes, as the manifest recorded it.</summary>
    public ulong Hash { get; }

    public T? Value => _value.Value;

    /// <summary>Whether the part was asked for (and so read, or found unreadable).</summary>
    public bool IsRead => _value.IsValueCreated;

    private static T? Read(string file, ulong hash, JsonTypeInfo<T> type)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            return XxHash3.HashToUInt64(bytes) == hash ? CacheJson.Read(bytes, type) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

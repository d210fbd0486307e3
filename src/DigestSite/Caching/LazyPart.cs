using System.Text.Json.Serialization.Metadata;

namespace DigestSite.Caching;

/// <summary>
/// A part of a cache folder read the first time it is asked for (a bucket of topic facts, a part of the search memo),
/// and only if its bytes still hash as the manifest recorded them; otherwise, like a part that cannot be read,
/// it holds nothing (null), and what it held is found again.
/// </summary>
internal sealed class LazyPart<T> where T : class
{
    private readonly string _file;
    private readonly JsonTypeInfo<T> _type;
    private readonly Lock _gate = new();
    private T? _value;
    private bool _read;

    public LazyPart(string folder, string name, ulong hash, JsonTypeInfo<T> type)
    {
        (Name, Hash, _file, _type) = (name, hash, Path.Combine(folder, name), type);
    }

    /// <summary>The part's name in the manifest.</summary>
    public string Name { get; }

    /// <summary>The XxHash3 of the part's bytes, as the manifest recorded it.</summary>
    public ulong Hash { get; }

    /// <summary>The part's records, read by the first caller (parallel callers wait for it).</summary>
    public T? Value
    {
        get
        {
            lock (_gate)
            {
                if (!_read)
                {
                    _value = CacheJson.ReadFile(_file, Hash, _type);
                    _read = true;
                }
                return _value;
            }
        }
    }
}

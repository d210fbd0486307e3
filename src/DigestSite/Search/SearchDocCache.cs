using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;

namespace DigestSite.Search;

/// <summary>
/// The <see cref="SectionWords"/> of each digest the last build indexed, by a key of its file's content and the
/// site language, as the build cache keeps them. A rebuild takes them from here for unchanged digests, so it reads
/// again only the sections of the digests it indexes anew.
/// </summary>
/// <param name="validity">What the records depend on besides a digest's file (the program, the configuration).</param>
/// <param name="previous">The record the cache holds under a key, or null.</param>
public sealed class SearchDocCache(byte[] validity, Func<string, SectionWords?> previous)
{
    private readonly ConcurrentDictionary<string, SectionWords> _current = new(StringComparer.Ordinal);

    /// <summary>What the records depend on besides a digest's file (the program, the configuration).</summary>
    public byte[] Validity => validity;

    /// <summary>The key of a digest's file content for a language.</summary>
    public static string Key(byte[] contentHash, string language)
    {
        var hash = new XxHash128();
        hash.Append(contentHash);
        hash.Append(Encoding.UTF8.GetBytes(language));
        return Convert.ToHexString(hash.GetCurrentHash());
    }

    public SectionWords GetOrAdd(string key, Func<SectionWords> make)
    {
        if (_current.TryGetValue(key, out var words)) return words;
        return _current.GetOrAdd(key, previous(key) ?? make());
    }

    /// <summary>The records this build used (and only those), for the next build's cache; null when it used none
    /// (the search index came from the memo of an earlier build in the process): the cache keeps what it has.</summary>
    public IReadOnlyDictionary<string, SectionWords>? Used => _current.IsEmpty ? null : _current;
}

using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;

namespace DigestSite.Search;

/// <summary>
/// The <see cref="SectionWords"/> of each digest the last build indexed, by a key of its file's content and the
/// site language, kept in a file beside the build cache. A rebuild takes them from here for unchanged digests, so
/// it reads again only the sections of the digests it indexes anew. A file that cannot be read is no cache.
/// </summary>
public sealed class SearchDocCache
{
    private const string Magic = "digestsite-search-words-1";
    private readonly string _path;
    private readonly byte[] _validity;
    private readonly Lazy<Dictionary<string, SectionWords>> _previous;
    private readonly ConcurrentDictionary<string, SectionWords> _current = new(StringComparer.Ordinal);

    /// <param name="validity">What the whole cache depends on (the program, the configuration): a file written
    /// under another validity is not read.</param>
    public SearchDocCache(string path, byte[] validity, bool clean)
    {
        _path = path;
        _validity = validity;
        if (clean && File.Exists(path)) File.Delete(path);
        _previous = new Lazy<Dictionary<string, SectionWords>>(Load);
    }

    /// <summary>What the records depend on besides a digest's file (the program, the configuration).</summary>
    public byte[] Validity => _validity;

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
        words = _previous.Value.TryGetValue(key, out var kept) ? kept : make();
        return _current.GetOrAdd(key, words);
    }

    /// <summary>Writes the records this build used (and only those). A build that used none (the search index came
    /// from the memo of an earlier build in the process) leaves the file as it is.</summary>
    public void Save()
    {
        if (_current.IsEmpty) return;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            var temp = _path + ".tmp";
            using (var w = new BinaryWriter(File.Create(temp), Encoding.UTF8))
            {
                w.Write(Magic);
                w.Write(Convert.ToHexString(_validity));
                w.Write(_current.Count);
                foreach (var (key, words) in _current.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    w.Write(key);
                    w.Write(words.Length);
                    w.Write(words.Stems.Count);
                    foreach (var s in words.Stems) { w.Write(s.Stem); w.Write(s.HalfWeight); }
                    w.Write(words.Variants.Count);
                    foreach (var v in words.Variants) { w.Write(v.Surface); w.Write(v.Stem); }
                }
            }
            File.Move(temp, _path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the next build's speed is lost.
        }
    }

    private Dictionary<string, SectionWords> Load()
    {
        var records = new Dictionary<string, SectionWords>(StringComparer.Ordinal);
        if (!File.Exists(_path)) return records;
        try
        {
            using var r = new BinaryReader(File.OpenRead(_path), Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadString() != Convert.ToHexString(_validity)) return records;
            var count = r.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = r.ReadString();
                var length = r.ReadInt32();
                var stems = new StemCount[r.ReadInt32()];
                for (var j = 0; j < stems.Length; j++) stems[j] = new StemCount(r.ReadString(), r.ReadInt32());
                var variants = new WordVariant[r.ReadInt32()];
                for (var j = 0; j < variants.Length; j++) variants[j] = new WordVariant(r.ReadString(), r.ReadString());
                records[key] = new SectionWords(stems, length, variants);
            }
            return records;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            return new Dictionary<string, SectionWords>(StringComparer.Ordinal);
        }
    }
}

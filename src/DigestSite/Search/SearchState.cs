using System.Text.Json.Serialization;

namespace DigestSite.Search;

/// <summary>What the build cache keeps of a <see cref="SearchMemo"/> in one small part: the language, each
/// digest's <see cref="DocAnalysis.Key"/> by number, and the index's shards and sized entries
/// (<see cref="ShardedIndex"/>).</summary>
public sealed record SearchHead(string Language, UInt128?[] Keys, IReadOnlyList<StoredShard> Shards, IReadOnlyList<SizedEntry> Entries);

/// <summary>A shard of the index: its prefix, its file's name and how many entries it holds.</summary>
public sealed record StoredShard(string Prefix, string Name, int Count);

/// <summary>An entry of the index (a stem, or a written word) with about how many bytes it takes in its shard.</summary>
public readonly record struct SizedEntry(string Text, bool IsStem, int Size);

/// <summary>The words of one shard as the build cache keeps them: each stem's postings as one array of pairs
/// (a digest's number, then the stem's packed score in it), and each written word's digests, by number, under
/// the stem the word first has in them (almost always one). Numbers rather than an object a posting keep the
/// part quick to read and write; the index converts them (ShardedIndex.Stored.cs).</summary>
public sealed record ShardWords(
    [property: JsonPropertyName("t")] Dictionary<string, int[]> Terms,
    [property: JsonPropertyName("f")] Dictionary<string, Dictionary<string, int[]>> Forms);

/// <summary>A search memo as the build cache holds it, each part read when first asked for.</summary>
public interface ISearchStore
{
    /// <summary>The stored memo's head; null when there is none or it does not read back.</summary>
    SearchHead? Head { get; }

    /// <summary>A digest's analysis under its key; null when the cache does not hold it.</summary>
    IndexedDoc? Analysis(UInt128 key);

    /// <summary>The words of the shard of this name; null when the cache does not hold them.</summary>
    ShardWords? Shard(string name);
}

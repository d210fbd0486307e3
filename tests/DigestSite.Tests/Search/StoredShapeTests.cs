using DigestSite.Caching;
using DigestSite.Enrichment;
using DigestSite.Search;

namespace DigestSite.Tests.Search;

/// <summary>
/// The search memo's stored records (<see cref="ShardWords"/>, <see cref="StoredDoc"/>) written and read back
/// through the build cache's JSON: an analysis comes back as it was, flags and the order of its written words
/// included, and an index read from stored shards patches into the shards made anew, also for written words
/// whose digests give them different stems (which the generated corpus never has).
/// </summary>
public sealed class StoredShapeTests
{
    private const int Digests = 80;
    private readonly Random _random = new(18);

    private IndexedDoc Doc(int words)
    {
        var stems = new Dictionary<string, DocStem>(StringComparer.Ordinal);
        for (var i = 0; i < words; i++)
            stems[$"{(char)('a' + _random.Next(6))}{(char)('a' + _random.Next(6))}w{_random.Next(300)}"] =
                new DocStem(1 + _random.Next(12), _random.Next(5) == 0, _random.Next(9) == 0);
        // A written word repeated, and shared words whose stem differs from digest to digest.
        var variants = Enumerable.Range(0, 6).Select(_ => new WordVariant($"form{_random.Next(5)}", $"stem{_random.Next(3)}"))
            .Concat(stems.Keys.Take(3).Select(s => new WordVariant(s + "ing", s))).ToList();
        return new IndexedDoc(stems, 200 + _random.Next(1200), variants);
    }

    [Fact]
    public void An_analysis_reads_back_as_it_was_written()
    {
        var doc = Doc(90);
        var stored = new Dictionary<string, StoredDoc> { ["k"] = StoredDoc.Of(doc) };
        var back = CacheJson.Read(CacheJson.Write(stored, CacheJson.Types.DictionaryStringStoredDoc), CacheJson.Types.DictionaryStringStoredDoc)!["k"].ToDoc();
        Assert.Equal(doc.HalfLength, back.HalfLength);
        Assert.Equal(doc.Stems.OrderBy(s => s.Key, StringComparer.Ordinal), back.Stems.OrderBy(s => s.Key, StringComparer.Ordinal));
        Assert.Contains(back.Stems.Values, s => s.InTitle);
        Assert.Contains(back.Stems.Values, s => s.InTopic);
        Assert.Equal(doc.Variants, back.Variants);
    }

    [Fact]
    public void An_index_read_from_stored_shards_patches_into_the_shards_made_anew()
    {
        var digests = new EnrichedDigest[Digests];
        var docs = Enumerable.Range(0, Digests).Select(_ => Doc(60)).ToArray();
        var made = ShardedIndex.Build(WordIndex.Build(digests, docs), docs);
        var shards = made.Shards()!;
        Assert.True(shards.Count > 3, $"{shards.Count} shards");
        var parts = shards.ToDictionary(s => s.Name, s => CacheJson.Write(made.Words(s.Prefix)!, CacheJson.Types.ShardWords));
        var read = 0;
        var index = ShardedIndex.Stored(Digests, made.StoredShards, made.SizedEntries, name =>
        {
            read++;
            return CacheJson.Read(parts[name], CacheJson.Types.ShardWords);
        })!;
        for (var round = 0; round < 12; round++)
        {
            var id = _random.Next(Digests);
            var now = Doc(60);
            Assert.True(index.Update(id, docs[id], now));
            docs[id] = now;
            var patched = index.Shards()!;
            var anew = ShardFiles.Write(WordIndex.Build(digests, docs));
            Assert.Equal(anew.Select(s => s.Prefix), patched.Select(s => s.Prefix));
            for (var i = 0; i < anew.Count; i++)
                Assert.True(anew[i].Bytes.AsSpan().SequenceEqual(patched[i].Bytes), $"round {round}: shard '{anew[i].Prefix}' differs");
        }
        Assert.InRange(read, 1, parts.Count);
    }

    [Fact]
    public void A_stored_shard_that_does_not_read_back_leaves_the_index_unreadable()
    {
        var digests = new EnrichedDigest[Digests];
        var docs = Enumerable.Range(0, Digests).Select(_ => Doc(60)).ToArray();
        var made = ShardedIndex.Build(WordIndex.Build(digests, docs), docs);
        made.Shards();
        var index = ShardedIndex.Stored(Digests, made.StoredShards, made.SizedEntries, _ => null)!;
        Assert.False(index.Update(3, docs[3], Doc(60)));
        Assert.False(index.Readable);
        Assert.Null(index.Shards());
    }
}

using DigestSite.Enrichment;
using DigestSite.Search;

namespace DigestSite.Tests.Search;

/// <summary>
/// The index patched digest by digest against the index made anew from the same words, on made-up digests: words
/// that come and go, scores that change, written words that two digests give different stems (the oldest digest's
/// stem is the one kept), and shards that split and merge as the words change.
/// </summary>
public sealed class ShardedIndexTests
{
    private const int Digests = 120;
    private readonly Random _random = new(20);
    private readonly string[] _vocabulary;

    public ShardedIndexTests()
    {
        // Words that share their starts, so that the shards are split by longer prefixes.
        _vocabulary = Enumerable.Range(0, 2400).Select(i => $"{(char)('a' + i % 5)}{(char)('a' + i / 5 % 7)}{Word(i)}").Distinct().ToArray();
    }

    private string Word(int i) => new([.. Enumerable.Range(0, 3 + i % 6).Select(k => (char)('a' + (i * 7 + k * 13) % 26))]);

    private IndexedDoc Doc(int words)
    {
        var stems = new Dictionary<string, DocStem>(StringComparer.Ordinal);
        for (var i = 0; i < words; i++)
            stems[_vocabulary[_random.Next(_vocabulary.Length)]] = new DocStem(1 + _random.Next(12), _random.Next(5) == 0, _random.Next(9) == 0);
        // Written words: a few shared by many digests with a stem that differs between them.
        var variants = Enumerable.Range(0, 6).Select(_ => new WordVariant($"form{_random.Next(8)}", $"stem{_random.Next(3)}"))
            .Concat(stems.Keys.Take(3).Select(s => new WordVariant(s + "ing", s))).ToList();
        return new IndexedDoc(stems, 200 + _random.Next(1200), variants);
    }

    private static List<(string Prefix, byte[] Bytes)> Anew(EnrichedDigest[] digests, IndexedDoc[] docs) =>
        ShardFiles.Write(WordIndex.Build(digests, docs));

    [Fact]
    public void Patched_shards_are_those_made_anew_after_every_change()
    {
        var digests = new EnrichedDigest[Digests];
        var docs = Enumerable.Range(0, Digests).Select(_ => Doc(60)).ToArray();
        var index = ShardedIndex.Build(WordIndex.Build(digests, docs), docs);
        var first = index.Shards()!;
        Assert.True(first.Count > 3, $"{first.Count} shards");
        var counts = new HashSet<int> { first.Count };
        for (var round = 0; round < 40; round++)
        {
            // One to three digests change; now and then one grows or shrinks a lot (the plan of shards changes).
            for (var n = 1 + _random.Next(3); n > 0; n--)
            {
                var id = _random.Next(Digests);
                var now = round % 7 == 3 ? Doc(600) : round % 7 == 4 ? Doc(5) : Doc(60);
                Assert.True(index.Update(id, docs[id], now));
                docs[id] = now;
            }
            index.Renumber(digests);
            var patched = index.Shards()!;
            counts.Add(patched.Count);
            var anew = Anew(digests, docs);
            Assert.Equal(anew.Select(s => s.Prefix), patched.Select(s => s.Prefix));
            for (var i = 0; i < anew.Count; i++)
                Assert.True(anew[i].Bytes.AsSpan().SequenceEqual(patched[i].Bytes), $"round {round}: shard '{anew[i].Prefix}' differs");
        }
        Assert.True(counts.Count > 1, "the plan of shards never changed");
    }
}

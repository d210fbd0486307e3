using System.Text.Json;
using DigestSite.Caching;
using Xunit;

namespace DigestSite.Tests.Caching;

/// <summary>
/// The cache folder on its own: what a build saved reads back equal, a save leaves the parts whose records did
/// not change as they were, and a folder damaged anywhere, cut short or written for another build reads as the
/// empty cache (or, for a bucket of topic facts, as facts to find again).
/// </summary>
public sealed class CacheStoreTests : IDisposable
{
    private readonly IncrementalSite _s = new();

    public void Dispose() => _s.Dispose();

    /// <summary>The cache folder the sample build left, and the validity key it was written for.</summary>
    private (BuildCache Cache, byte[] Validity, string Folder) Built()
    {
        File.WriteAllText(Path.Combine(_s.Site.Input, "broken.txt"), "---\ntitle: [unclosed\n---\nTitle\n"); // a parse error
        _s.BuildIncremental();
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(_s.Site.Dir, IncrementalBuild.CacheFolder)));
        var validity = ValidityOf(folder);
        var cache = CacheStore.Load(folder, validity);
        Assert.NotSame(BuildCache.Empty, cache);
        return (cache, validity, folder);
    }

    /// <summary>The validity key a cache folder was written for, from its manifest.</summary>
    internal static byte[] ValidityOf(string folder) =>
        CacheJson.Read(File.ReadAllBytes(Path.Combine(folder, CacheStore.ManifestName)), CacheJson.Types.CacheManifest)!.Validity;

    /// <summary>Everything the cache holds, keys in order, as JSON: equal text, equal contents. (A cached digest's
    /// sections are not in the cache: they are read from its file.)</summary>
    private static string Contents(BuildCache cache) => JsonSerializer.Serialize(new
    {
        cache.PathSet,
        Pages = cache.Pages.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
        Inputs = cache.Inputs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new
        {
            p.Key, p.Value.Stamp, p.Value.ContentHash, p.Value.Result.Path, p.Value.Result.Diagnostics,
            p.Value.Result.Digest?.Title, p.Value.Result.Digest?.TitleLine, p.Value.Result.Digest?.FrontMatter, p.Value.Result.Digest?.Sources,
            p.Value.Facts?.Listing, p.Value.Facts?.TopicsFingerprint, p.Value.Facts?.Topics,
        }).ToList(),
        cache.Related,
        Topics = cache.Topics?.Digests.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
        Words = cache.Topics?.LowerCaseWriters.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
    });

    [Fact]
    public void A_saved_cache_reads_back_equal()
    {
        var (cache, validity, _) = Built();
        // What a real build records: findings, anchors and fragment links per page; topic facts and parse problems per input.
        Assert.Contains(cache.Pages.Values, p => p.Check.Findings.Length > 0);
        Assert.Contains(cache.Pages.Values, p => p.Check.Anchors.Length > 0 && p.Check.FragmentLinks.Length > 0);
        Assert.True(cache.Inputs.Count > 40);
        Assert.All(cache.Inputs.Values, i => Assert.True(i.Result.Ok == i.Facts?.Topics is not null));
        Assert.Contains(cache.Topics!.Digests.Values, digest => digest.Topics.Length > 0);
        Assert.Contains(cache.Inputs.Values, i => i.Result.Digest?.FrontMatter.Topics.Length > 0);
        Assert.Contains(cache.Inputs.Values, i => i.Result.Diagnostics.Length > 0);
        Assert.Contains(cache.Related!.Positions, list => list.Length > 0);

        var copy = Path.Combine(_s.Site.Dir, "copy");
        CacheStore.Save(copy, validity, cache, BuildCache.Empty, null);
        Assert.Equal(Contents(cache), Contents(CacheStore.Load(copy, validity)));
    }

    [Fact]
    public void A_save_of_the_records_it_loaded_writes_no_part_again()
    {
        var (cache, validity, folder) = Built();
        var before = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Thread.Sleep(20);
        CacheStore.Save(folder, validity, cache, cache, null);
        var after = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before.Where(p => !p.Key.EndsWith(CacheStore.ManifestName)), p => Assert.Equal(p.Value, after[p.Key]));
        Assert.Equal(Contents(cache), Contents(CacheStore.Load(folder, validity)));
    }

    [Fact]
    public void A_folder_damaged_in_any_part_reads_as_the_empty_cache()
    {
        var (_, validity, folder) = Built();
        var eager = new[] { CacheStore.ManifestName, "lower-case-writers.json", "related.json",
            Path.GetRelativePath(folder, Directory.GetFiles(Path.Combine(folder, "topics"))[0]),
            Path.GetRelativePath(folder, Directory.GetFiles(Path.Combine(folder, "pages"))[0]),
            Path.GetRelativePath(folder, Directory.GetFiles(Path.Combine(folder, "inputs"))[^1]) };
        foreach (var part in eager)
        {
            var file = Path.Combine(folder, part);
            var original = File.ReadAllBytes(file);
            // The manifest has no hash of its own: what it lists is checked (a part's bytes, the validity key).
            byte[][] damages = part == CacheStore.ManifestName
                ? [original[..(original.Length / 2)], "{}"u8.ToArray(), []]
                : [Flipped(original, original.Length / 2), original[..(original.Length / 2)], [.. original, (byte)' '], []];
            foreach (var damaged in damages)
            {
                File.WriteAllBytes(file, damaged);
                Assert.True(ReferenceEquals(BuildCache.Empty, CacheStore.Load(folder, validity)), $"{part} damaged, and the cache still read");
            }
            File.WriteAllBytes(file, original);
            Assert.NotSame(BuildCache.Empty, CacheStore.Load(folder, validity));
        }
    }

    private static byte[] Flipped(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0x20;
        return copy;
    }

    [Fact]
    public void Topic_facts_of_a_damaged_bucket_read_as_none()
    {
        var (_, validity, folder) = Built();
        var cache = CacheStore.Load(folder, validity);
        foreach (var bucket in Directory.GetFiles(Path.Combine(folder, "facts")))
            File.WriteAllBytes(bucket, Flipped(File.ReadAllBytes(bucket), 10)); // replaced since the build loaded it
        Assert.Contains(cache.Inputs.Values, i => i.Facts is not null);
        Assert.All(cache.Inputs.Values.Where(i => i.Facts is not null), i => Assert.Null(i.Facts!.Topics));
    }

    [Fact]
    public void A_cache_written_for_another_build_or_missing_reads_as_the_empty_cache()
    {
        var (_, validity, folder) = Built();
        var other = (byte[])validity.Clone();
        other[0] ^= 1;
        Assert.Same(BuildCache.Empty, CacheStore.Load(folder, other));
        Assert.Same(BuildCache.Empty, CacheStore.Load(folder + ".missing", validity));
    }

    [Fact]
    public void A_cache_with_nothing_in_it_reads_back_with_nothing_in_it()
    {
        var folder = Path.Combine(_s.Site.Dir, "empty");
        byte[] validity = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];
        CacheStore.Save(folder, validity, new BuildCache([], new Dictionary<string, CachedPage>(), new Dictionary<string, CachedInput>()), BuildCache.Empty, null);
        var read = CacheStore.Load(folder, validity);
        Assert.NotSame(BuildCache.Empty, read); // read from the folder, not given up on
        Assert.Equal(Contents(BuildCache.Empty), Contents(read));
    }
}

using System.Text.Json;
using DigestSite.Caching;
using Xunit;

namespace DigestSite.Tests.Caching;

/// <summary>
/// The cache file on its own: what a build saved reads back equal however it is cut into sections, and a file
/// damaged anywhere, cut short, grown or written for another build reads as the empty cache.
/// </summary>
public sealed class CacheFileTests : IDisposable
{
    private readonly IncrementalSite _s = new();

    public void Dispose() => _s.Dispose();

    /// <summary>The cache the sample build left, and the validity key it was written for.</summary>
    private (BuildCache Cache, byte[] Validity, string File) Built()
    {
        File.WriteAllText(Path.Combine(_s.Site.Input, "broken.txt"), "---\ntitle: [unclosed\n---\nTitle\n"); // a parse error
        _s.BuildIncremental();
        var file = Assert.Single(Directory.GetFiles(Path.Combine(_s.Site.Dir, IncrementalBuild.CacheFolder)));
        var validity = File.ReadAllBytes(file)[CacheLayout.Magic.Length..(CacheLayout.Magic.Length + CacheKeys.ValidityLength)];
        var cache = CacheFile.Load(file, validity);
        Assert.NotSame(BuildCache.Empty, cache);
        return (cache, validity, file);
    }

    /// <summary>Everything the cache holds, keys in order, as JSON: equal text, equal contents. (A cached digest's
    /// sections are not in the cache: they are read from its file.)</summary>
    private static string Contents(BuildCache cache) => JsonSerializer.Serialize(new
    {
        cache.PathSet,
        Pages = cache.Pages.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
        Inputs = cache.Inputs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new
        {
            p.Key, p.Value.Stamp, p.Value.ContentHash, p.Value.Result.Path, p.Value.Result.Diagnostics,
            p.Value.Result.Digest?.Title, p.Value.Result.Digest?.TitleLine, p.Value.Result.Digest?.FrontMatter,
            p.Value.Facts?.Listing, p.Value.Facts?.TopicsFingerprint, p.Value.Facts?.Topics,
        }).ToList(),
        cache.Related,
        cache.Topics,
    });

    [Theory]
    [InlineData(4096, 256)]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    public void A_saved_cache_reads_back_equal_in_sections_of_any_size(int pagesPerSection, int inputsPerSection)
    {
        var (cache, validity, file) = Built();
        // What a real build records: findings, anchors and fragment links per page; topic facts and parse problems per input.
        Assert.Contains(cache.Pages.Values, p => p.Check.Findings.Length > 0);
        Assert.Contains(cache.Pages.Values, p => p.Check.Anchors.Length > 0 && p.Check.FragmentLinks.Length > 0);
        Assert.True(cache.Inputs.Count > 40);
        Assert.All(cache.Inputs.Values, i => Assert.True(i.Result.Ok == i.Facts?.Topics is not null));
        Assert.Contains(cache.Topics!.Digests.Values, digest => digest.Topics.Length > 0);
        Assert.Contains(cache.Inputs.Values, i => i.Result.Digest?.FrontMatter.Topics.Length > 0);
        Assert.Contains(cache.Inputs.Values, i => i.Result.Diagnostics.Length > 0);
        Assert.Contains(cache.Related!.Positions, list => list.Length > 0);

        var copy = file + ".copy";
        CacheFile.Save(copy, validity, cache, (pagesPerSection, inputsPerSection));
        Assert.Equal(Contents(cache), Contents(CacheFile.Load(copy, validity)));
    }

    [Fact]
    public void A_file_damaged_anywhere_reads_as_the_empty_cache()
    {
        var (_, validity, file) = Built();
        var original = File.ReadAllBytes(file);
        var damaged = file + ".damaged";
        BuildCache LoadWith(byte[] bytes)
        {
            File.WriteAllBytes(damaged, bytes);
            return CacheFile.Load(damaged, validity);
        }

        Assert.NotSame(BuildCache.Empty, LoadWith(original));
        // One changed byte, at about 300 places from the magic line to the last section's last byte.
        var step = Math.Max(1, original.Length / 300);
        for (var at = 0; at < original.Length; at += step)
        {
            var bytes = (byte[])original.Clone();
            bytes[at] ^= 0x20;
            Assert.True(ReferenceEquals(BuildCache.Empty, LoadWith(bytes)), $"byte {at} of {original.Length} changed, and the cache still read");
        }
        Assert.Same(BuildCache.Empty, LoadWith([.. original, 0]));
        foreach (var length in new[] { 0, 10, CacheLayout.Magic.Length + 40, original.Length / 2, original.Length - 1 })
            Assert.Same(BuildCache.Empty, LoadWith(original[..length]));
    }

    [Fact]
    public void A_cache_written_for_another_build_or_missing_reads_as_the_empty_cache()
    {
        var (_, validity, file) = Built();
        var other = (byte[])validity.Clone();
        other[0] ^= 1;
        Assert.Same(BuildCache.Empty, CacheFile.Load(file, other));
        Assert.Same(BuildCache.Empty, CacheFile.Load(file + ".missing", validity));
    }

    [Fact]
    public void A_cache_with_nothing_in_it_reads_back_with_nothing_in_it()
    {
        var file = Path.Combine(_s.Site.Dir, "empty.bin");
        byte[] validity = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];
        CacheFile.Save(file, validity, new BuildCache([], new Dictionary<string, CachedPage>(), new Dictionary<string, CachedInput>()));
        var read = CacheFile.Load(file, validity);
        Assert.NotSame(BuildCache.Empty, read); // read from the file, not given up on
        Assert.Equal(Contents(BuildCache.Empty), Contents(read));
    }
}

using System.IO.Hashing;
using DigestSite.Build;
using DigestSite.Tests.Caching;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Search;

/// <summary>
/// The search index's memo kept in the build cache (<c>search-index/</c>): command-line builds, each a separate
/// run that reads the cache from disk, patch the last build's index and give a cold build's files byte for byte;
/// a rebuild with no change rewrites none of the memo's parts, an edit a few; a damaged or missing part, or a
/// cache of other settings, makes the index anew.
/// </summary>
[Collection(GeneratedDigestsCollection.Name)]
public sealed class StoredSearchMemoTests : IDisposable
{
    private readonly TempSite _site = new();
    private string Incremental => Path.Combine(_site.Dir, "out-incremental");
    private string Cold => Path.Combine(_site.Dir, "out-cold");
    private string CacheRoot => Path.Combine(_site.Dir, "cache");

    public StoredSearchMemoTests(GeneratedDigests digests) => digests.CopyTo(_site);

    public void Dispose() => _site.Dispose();

    private string[] Digests => Directory.GetFiles(_site.Input).Order(StringComparer.Ordinal).ToArray();

    private string Parts => Path.Combine(Directory.GetDirectories(CacheRoot).Single(), "search-index");

    private BuildResult BuildBoth(bool drafts = false)
    {
        var incremental = _site.Build(o => o with { OutputDir = Incremental, CacheDir = CacheRoot, Drafts = drafts });
        _site.Build(o => o with { OutputDir = Cold, Clean = true, Drafts = drafts });
        IncrementalSite.AssertSameFiles(Cold, Incremental);
        Assert.NotNull(incremental.Search);
        return incremental;
    }

    /// <summary>The memo's part files, each with a hash of its bytes.</summary>
    private Dictionary<string, ulong> PartFiles() =>
        Directory.GetFiles(Parts, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Parts, f), f => XxHash3.HashToUInt64(File.ReadAllBytes(f)), StringComparer.Ordinal);

    private static int Changed(Dictionary<string, ulong> before, Dictionary<string, ulong> after) =>
        after.Count(p => !before.TryGetValue(p.Key, out var hash) || hash != p.Value);

    [Fact]
    public void Command_line_rebuilds_patch_the_stored_index_into_a_cold_builds_files()
    {
        Assert.False(BuildBoth().Search!.FromStore);
        var parts = PartFiles();
        Assert.Contains("head.json", parts.Keys);
        Assert.Contains(parts.Keys, p => p.StartsWith("docs/", StringComparison.Ordinal));
        Assert.True(parts.Keys.Count(p => p.StartsWith("shards/", StringComparison.Ordinal)) > 4, string.Join(", ", parts.Keys));

        var same = BuildBoth();
        Assert.True(same.Search!.FromStore && same.Search.Unchanged);
        Assert.Equal(parts, PartFiles());

        File.AppendAllText(Digests[100], "\nA late sentence about zeppelins, added by the edit.\n");
        var edited = BuildBoth();
        Assert.True(edited.Search!.FromStore);
        Assert.False(edited.Search.Unchanged);
        var afterEdit = PartFiles();
        Assert.InRange(Changed(parts, afterEdit), 2, parts.Count / 3);

        File.WriteAllText(Digests[5], File.ReadAllText(Digests[5]).Replace("title: ", "title: Zeppelins and "));
        Assert.True(BuildBoth().Search!.FromStore);

        // The number of digests changes: digests after a removed one are numbered anew, so the index is made anew.
        File.Delete(Digests[150]);
        Assert.False(BuildBoth().Search!.FromStore);
        File.Copy(Digests[7], Path.Combine(_site.Input, "copy-of-seven.txt"));
        Assert.False(BuildBoth().Search!.FromStore);
        File.AppendAllText(Digests[100], "\nAnother line, about airships this time.\n");
        Assert.True(BuildBoth().Search!.FromStore);
    }

    [Fact]
    public void A_damaged_or_missing_part_makes_the_index_anew()
    {
        BuildBoth();
        foreach (var shard in Directory.GetFiles(Path.Combine(Parts, "shards"))) File.WriteAllText(shard, "{\"Terms\":");
        File.AppendAllText(Digests[100], "\nA late sentence about zeppelins, added by the edit.\n");
        Assert.False(BuildBoth().Search!.FromStore);

        foreach (var bucket in Directory.GetFiles(Path.Combine(Parts, "docs"))) File.Delete(bucket);
        File.AppendAllText(Digests[60], "\nAnother line, about airships this time.\n");
        Assert.False(BuildBoth().Search!.FromStore);

        File.WriteAllText(Path.Combine(Parts, "head.json"), "not json");
        File.AppendAllText(Digests[30], "\nA third line, about balloons.\n");
        Assert.False(BuildBoth().Search!.FromStore);

        // The cache the last build saved is whole again.
        File.AppendAllText(Digests[30], "\nA fourth line, about kites.\n");
        Assert.True(BuildBoth().Search!.FromStore);

        // No digest changed, but the output folder lost the shard files whose stored words are damaged: their
        // bytes cannot be made from the cache.
        foreach (var shard in Directory.GetFiles(Path.Combine(Parts, "shards"))) File.WriteAllText(shard, "{\"Terms\":");
        foreach (var file in Directory.GetFiles(Path.Combine(Incremental, "search", "s"))) File.Delete(file);
        Assert.False(BuildBoth().Search!.FromStore);
    }

    [Fact]
    public void A_build_patched_from_a_memo_in_memory_leaves_a_cache_the_next_command_line_build_can_use()
    {
        var first = BuildBoth();
        File.AppendAllText(Digests[100], "\nA late sentence about zeppelins, added by the edit.\n");
        var fromMemory = _site.Build(o => o with { OutputDir = Incremental, CacheDir = CacheRoot, Search = first.Search });
        Assert.False(fromMemory.Search!.Whole);
        _site.Build(o => o with { OutputDir = Cold, Clean = true });
        IncrementalSite.AssertSameFiles(Cold, Incremental);
        Assert.DoesNotContain(PartFiles().Keys, p => p.StartsWith("shards/", StringComparison.Ordinal));

        // The shards' words were not kept (the preview's memo is in memory): the index is made anew, from the
        // kept analyses, and kept whole for the build after.
        File.AppendAllText(Digests[60], "\nAnother line, about airships this time.\n");
        Assert.True(BuildBoth().Search!.Whole);
        File.AppendAllText(Digests[30], "\nA third line, about balloons.\n");
        Assert.True(BuildBoth().Search!.FromStore);
    }

    [Fact]
    public void A_cache_of_another_language_or_other_settings_is_not_used()
    {
        BuildBoth();
        File.WriteAllText(Path.Combine(_site.Dir, "statiq.yml"), "site:\n  language: fr\n");
        var french = BuildBoth();
        Assert.False(french.Search!.FromStore);
        Assert.True(BuildBoth().Search!.FromStore);
        Assert.False(BuildBoth(drafts: true).Search!.FromStore);
    }
}

using System.Text.Json;
using DigestSite.Build;
using DigestSite.Search;
using DigestSite.Tests.Caching;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Search;

/// <summary>
/// The search index in incremental builds, on a site large enough for many shards (300 generated digests): an
/// edit changes only the shards that hold the edited digest's words, the others are the files already written,
/// and every build gives the files a cold build gives. (That a rebuild reads no digest's sections for the index is
/// in DeferredContentTests.)
/// </summary>
[Collection(GeneratedDigestsCollection.Name)]
public sealed class SearchIndexIncrementalTests : IDisposable
{
    private readonly TempSite _site = new();
    private string Incremental => Path.Combine(_site.Dir, "out-incremental");
    private string Cold => Path.Combine(_site.Dir, "out-cold");

    public SearchIndexIncrementalTests(GeneratedDigests digests) => digests.CopyTo(_site);

    public void Dispose() => _site.Dispose();

    private BuildResult BuildBoth()
    {
        var incremental = _site.Build(o => o with { OutputDir = Incremental });
        _site.Build(o => o with { OutputDir = Cold, Clean = true });
        IncrementalSite.AssertSameFiles(Cold, Incremental);
        return incremental;
    }

    private static Dictionary<string, string> Shards(BuildResult build) =>
        build.Files.Where(f => f.Path.StartsWith("search/s/", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes));

    [Fact]
    public void An_edit_changes_only_the_shards_of_the_edited_digests_words()
    {
        var before = Shards(BuildBoth());
        Assert.True(before.Count > 4, $"{before.Count} shards");

        var edited = Directory.GetFiles(_site.Input).Order(StringComparer.Ordinal).ToArray()[150];
        File.AppendAllText(edited, "\nA late sentence about zeppelins, added by the edit.\n");
        var rebuilt = BuildBoth();
        var after = Shards(rebuilt);
        var id = rebuilt.Site!.Digests.Reverse().Select((d, i) => (d, i)).Single(p => Path.GetFileName(p.d.SourcePath) == Path.GetFileName(edited)).i;
        var changed = after.Keys.Except(before.Keys).ToList();
        Assert.NotEmpty(changed);
        Assert.True(changed.Count < after.Count / 2, $"{changed.Count} of {after.Count} shards changed");
        Assert.All(changed, path => Assert.True(HoldsDigest(after[path], id), path));
        Assert.All(after.Keys.Except(changed), path => Assert.True(rebuilt.Files.Single(f => f.Path == path).IsReused, path));
        Assert.Contains(changed, path => after[path].Contains("\"zeppelin\""));
        // The digest's record is new; the others' are the files already written.
        Assert.Single(rebuilt.Files.Where(f => f.Path.StartsWith("search/d/", StringComparison.Ordinal) && !f.IsReused));
    }

    /// <summary>Whether a shard lists the digest under one of its stems (as pairs or in a set).</summary>
    private static bool HoldsDigest(string shard, int id)
    {
        using var json = JsonDocument.Parse(shard);
        foreach (var term in json.RootElement.GetProperty("t").EnumerateObject())
        {
            var code = term.Value.GetString()!;
            if (code.StartsWith('!'))
            {
                if (DigestSite.Tests.Search.RankingTests.SetIds(code).Contains(id)) return true;
                continue;
            }
            var values = PostingCode.Decode(code);
            var doc = -1;
            for (var i = 0; i < values.Count; i += 2)
                if ((doc += values[i] + 1) == id) return true;
        }
        return false;
    }
}

using DigestSite.Build;
using Xunit;

namespace DigestSite.Tests.Incremental;

/// <summary>
/// The sitemap and the search index list every page or digest; an incremental build takes them from the output
/// folder while what they list is unchanged, and makes them again, as a cold build would, when it changes. The
/// search index's files are named by their content: an edit changes only the shards of the edited digest's words.
/// </summary>
public sealed class KeyedOutputsTests : IDisposable
{
    private readonly IncrementalSite _s = new();

    public void Dispose() => _s.Dispose();

    private static bool Reused(BuildResult build, string path) => build.Files.Single(f => f.Path == path).IsReused;

    [Fact]
    public void TheSitemapAndSearchIndexAreKeptUntilWhatTheyListChanges()
    {
        var first = _s.BuildBothAndCompare();
        var shardsBefore = Shards(first);

        // The last paragraph of a generated digest (their names sort last): not its summary, title, date or topics.
        var edited = _s.Digests[^1];
        File.AppendAllText(edited, "\nA late sentence about zeppelins, added by the edit.\n");
        var afterEdit = _s.BuildBothAndCompare();
        Assert.True(Reused(afterEdit, "sitemap.xml"));
        // Only shards that hold a word of the edited digest are new; the others are the files already written.
        var id = DigestNumber(afterEdit, edited);
        var shardsAfter = Shards(afterEdit);
        var changed = shardsAfter.Keys.Except(shardsBefore.Keys).ToList();
        Assert.NotEmpty(changed);
        Assert.True(changed.Count < shardsAfter.Count / 2, $"{changed.Count} of {shardsAfter.Count} shards changed");
        Assert.All(changed, path => Assert.True(HoldsDigest(shardsAfter[path], id), path));
        Assert.All(shardsAfter.Keys.Except(changed), path => Assert.True(Reused(afterEdit, path), path));
        Assert.Contains(changed, path => shardsAfter[path].Contains("\"zeppelin\""));

        // A new title is in the search index, not in the sitemap.
        Assert.Contains("title: \"", File.ReadAllText(edited));
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("title: \"", "title: \"Retitled: "));
        var afterRetitle = _s.BuildBothAndCompare();
        Assert.Contains(Shards(afterRetitle).Values, s => s.Contains("\"retitl"));

        // A new date is in both.
        File.WriteAllText(edited, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(edited), "date: .*", "date: 2001-01-01T00:00:00Z"));
        var afterDate = _s.BuildBothAndCompare();
        Assert.False(Reused(afterDate, "sitemap.xml"));
        Assert.NotEqual(Shards(afterRetitle).Keys.Order(), Shards(afterDate).Keys.Order());
    }

    /// <summary>The word shards a build made, by path, with their text.</summary>
    private static Dictionary<string, string> Shards(BuildResult build) =>
        build.Files.Where(f => f.Path.StartsWith("search/s/", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes));

    /// <summary>The number the search index gives a digest (its place, oldest first).</summary>
    private static int DigestNumber(BuildResult build, string file) =>
        build.Site!.Digests.Reverse().Select((d, i) => (d, i)).Single(p => Path.GetFileName(p.d.SourcePath) == Path.GetFileName(file)).i;

    /// <summary>Whether a shard lists the digest under one of its stems.</summary>
    private static bool HoldsDigest(string shard, int id)
    {
        using var json = System.Text.Json.JsonDocument.Parse(shard);
        foreach (var term in json.RootElement.GetProperty("t").EnumerateObject())
        {
            var values = DigestSite.Search.PostingCode.Decode(term.Value.GetString()!);
            var doc = -1;
            for (var i = 0; i < values.Count; i += 2)
                if ((doc += values[i] + 1) == id) return true;
        }
        return false;
    }

    [Fact]
    public void ASitemapOrSearchIndexChangedOrDeletedByHandIsMadeAgain()
    {
        _s.BuildBothAndCompare();
        File.WriteAllText(Path.Combine(_s.IncrementalOutput, "sitemap.xml"), "<urlset/>");
        var shard = Directory.GetFiles(Path.Combine(_s.IncrementalOutput, "search", "s"))[0];
        File.Delete(shard);
        var rebuilt = _s.BuildBothAndCompare(); // the same bytes as the cold build's
        Assert.False(Reused(rebuilt, "sitemap.xml"));
        Assert.False(Reused(rebuilt, "search/s/" + Path.GetFileName(shard)));
    }
}

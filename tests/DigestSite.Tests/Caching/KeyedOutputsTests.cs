using DigestSite.Build;
using Xunit;

namespace DigestSite.Tests.Caching;

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
        _s.BuildBothAndCompare();

        // The last paragraph of a generated digest (their names sort last): not its summary, title, date or topics.
        var edited = _s.Digests[^1];
        File.AppendAllText(edited, "\nA late sentence about zeppelins, added by the edit.\n");
        var afterEdit = _s.BuildBothAndCompare();
        Assert.True(Reused(afterEdit, "sitemap.xml"));
        Assert.Contains(Shards(afterEdit), s => s.Contains("\"zeppelin\""));

        // A new title is in the search index, not in the sitemap.
        Assert.Contains("title: \"", File.ReadAllText(edited));
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("title: \"", "title: \"Retitled: "));
        var afterRetitle = _s.BuildBothAndCompare();
        Assert.Contains(Shards(afterRetitle), s => s.Contains("\"retitl"));

        // A new date is in both.
        File.WriteAllText(edited, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(edited), "date: .*", "date: 2001-01-01T00:00:00Z"));
        var afterDate = _s.BuildBothAndCompare();
        Assert.False(Reused(afterDate, "sitemap.xml"));
        Assert.NotEqual(Shards(afterRetitle), Shards(afterDate));
    }

    /// <summary>The text of the word shards a build made (see SearchIndexIncrementalTests for what an edit changes).</summary>
    private static List<string> Shards(BuildResult build) =>
        build.Files.Where(f => f.Path.StartsWith("search/s/", StringComparison.Ordinal))
            .Select(f => System.Text.Encoding.UTF8.GetString(f.Bytes)).Order(StringComparer.Ordinal).ToList();

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

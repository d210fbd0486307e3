using DigestSite.Build;
using DigestSite.Search;
using DigestSite.Tests.Caching;
using DigestSite.Tests.Outputs;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Search;

/// <summary>
/// Incremental builds that hand the search index's memo from one to the next, as the preview does: after each
/// change the output is a cold build's, byte for byte.
/// </summary>
public sealed class SearchMemoBuildTests : IDisposable
{
    private readonly TempSite _site = new();
    private SearchMemo? _memo;
    private string Incremental => Path.Combine(_site.Dir, "out-incremental");
    private string Cold => Path.Combine(_site.Dir, "out-cold");

    public SearchMemoBuildTests()
    {
        if (!Directory.Exists(Repo.Shared)) throw new InvalidOperationException($"{Repo.Shared} is absent: this test needs ../shared/tools/gen_corpus.py");
        OutputSites.Generate(_site.Input, 200);
    }

    public void Dispose() => _site.Dispose();

    private BuildResult BuildBoth()
    {
        var incremental = _site.Build(o => o with { OutputDir = Incremental, Search = _memo });
        Assert.NotNull(incremental.Search);
        _memo = incremental.Search;
        _site.Build(o => o with { OutputDir = Cold, Clean = true });
        IncrementalSite.AssertSameFiles(Cold, Incremental);
        return incremental;
    }

    [Fact]
    public void Edits_additions_and_removals_build_as_a_cold_build_does()
    {
        BuildBoth();
        var digests = Directory.GetFiles(_site.Input).Order(StringComparer.Ordinal).ToArray();
        File.AppendAllText(digests[100], "\nA late sentence about zeppelins, added by the edit.\n");
        var edited = BuildBoth();
        Assert.True(edited.Files.Count(f => f.Path.StartsWith("search/s/", StringComparison.Ordinal) && !f.IsReused) < 8);

        File.WriteAllText(digests[5], File.ReadAllText(digests[5]).Replace("title: ", "title: Zeppelins and "));
        File.Delete(digests[150]);
        BuildBoth();
        File.Copy(digests[7], Path.Combine(_site.Input, "copy-of-seven.txt"));
        BuildBoth();
        File.AppendAllText(digests[100], "\nAnother line, about airships this time.\n");
        BuildBoth();
    }
}

using DigestSite.Search;
using DigestSite.Site;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Search;

/// <summary>
/// The search index made from the last build's memo (as the preview makes it, save after save), on 300 generated
/// digests: after each change the index is patched, not made anew, and its files are those made without a memo,
/// byte for byte, whatever the change does to the plan of shards.
/// </summary>
[Collection(GeneratedDigestsCollection.Name)]
public sealed class SearchMemoTests : IDisposable
{
    private static readonly byte[] Validity = new byte[16];
    private readonly TempSite _site = new();

    public SearchMemoTests(GeneratedDigests digests) => digests.CopyTo(_site);

    public void Dispose() => _site.Dispose();

    private SiteModel Model()
    {
        var built = _site.Build(o => o with { Write = false });
        return built.Site!;
    }

    /// <summary>The index from <paramref name="memo"/>, checked against the one made without it.</summary>
    private SearchIndex Patch(SiteModel site, SearchMemo? memo)
    {
        var patched = SearchFiles.Generate(site, new SearchDocCache(Validity, () => null), null, memo);
        var anew = SearchFiles.Generate(site, null, null);
        Assert.Equal(anew.Files.Select(f => f.Path).Order(StringComparer.Ordinal), patched.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        var bytes = patched.Files.ToDictionary(f => f.Path, f => f.Bytes.ToArray());
        foreach (var file in anew.Files)
            Assert.True(file.Bytes.SequenceEqual(bytes[file.Path]), $"{file.Path} differs from the index made anew");
        return patched;
    }

    private string[] Digests => Directory.GetFiles(_site.Input).Order(StringComparer.Ordinal).ToArray();

    private static int Shards(SearchIndex index) => index.Files.Count(f => f.Path.StartsWith("search/s/", StringComparison.Ordinal));

    [Fact]
    public void Each_change_patches_the_last_index_into_the_files_made_anew()
    {
        var first = Patch(Model(), null);
        Assert.False(first.Patched);
        var shards = Shards(first);
        Assert.True(shards > 4, $"{shards} shards");

        // Words new to the site, enough of one start to give it shards of its own.
        var edited = Digests[150];
        var original = File.ReadAllText(edited);
        var many = string.Join(" ", Enumerable.Range(0, 900).Select(i => $"zq{i:x3}ward{(char)('a' + i % 26)}s"));
        File.WriteAllText(edited, original + $"\nZeppelins moored over the harbour. {many}.\n");
        var grown = Patch(Model(), first.Memo);
        Assert.True(grown.Patched);
        Assert.True(Shards(grown) > shards, $"{Shards(grown)} shards after the edit, {shards} before");

        // The words gone again: the shards they had are gone, and their entries move back.
        File.WriteAllText(edited, original);
        var back = Patch(Model(), grown.Memo);
        Assert.True(back.Patched);
        Assert.Equal(first.Files.Select(f => f.Path).Order(StringComparer.Ordinal), back.Files.Select(f => f.Path).Order(StringComparer.Ordinal));

        // A title and the body of two other digests at once.
        var titled = Digests[20];
        File.WriteAllText(titled, File.ReadAllText(titled).Replace("title: ", "title: Quarrelsome ostriches and "));
        File.AppendAllText(Digests[299], "\nA closing line about ostriches.\n");
        var both = Patch(Model(), back.Memo);
        Assert.True(both.Patched);
    }

    [Fact]
    public void A_memo_serves_one_build_and_only_under_its_own_validity()
    {
        var site = Model();
        var first = Patch(site, null);
        Assert.True(Patch(site, first.Memo).Patched);
        Assert.False(Patch(site, first.Memo).Patched); // taken by the build before
        var other = SearchFiles.Generate(site, new SearchDocCache([1, .. new byte[15]], () => null), null, Patch(site, null).Memo);
        Assert.False(other.Patched);
    }

    [Fact]
    public void A_digest_added_or_removed_makes_the_index_anew_from_the_kept_analyses()
    {
        var first = Patch(Model(), null);
        File.Delete(Digests[10]);
        var fewer = Patch(Model(), first.Memo);
        Assert.False(fewer.Patched); // the digests after it are numbered anew
        var again = Patch(Model(), fewer.Memo);
        Assert.True(again.Patched);
    }
}

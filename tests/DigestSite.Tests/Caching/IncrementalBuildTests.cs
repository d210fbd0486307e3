using DigestSite.Build;
using DigestSite.Caching;
using DigestSite.Diagnostics;
using Xunit;

namespace DigestSite.Tests.Caching;

/// <summary>
/// Exact incremental builds: after each kind of change, a build that reuses the last build's pages gives the
/// same files, byte for byte, and the same problems as a cold build; and it renders only what changed.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly IncrementalSite _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public void EditingAddingAndDeletingDigestsGivesWhatAColdBuildGives()
    {
        var first = _s.BuildBothAndCompare();
        Assert.Equal(0, first.Stats.Reused);
        Assert.Contains(first.Diagnostics, d => d.Rule == "missing-anchor" || d.Message.Contains("missing anchor"));
        Assert.Contains(first.Diagnostics, d => d.Severity == Severity.Error || d.Severity == Severity.Warning);

        // Nothing changed: nothing is rendered, and the cached findings are reported as before.
        var again = _s.BuildBothAndCompare();
        Assert.Equal(0, again.Stats.Rendered);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));

        // Edit one digest: a sentence more in its story.
        var edited = _s.Digests[^1];
        File.AppendAllText(edited, "\nA late sentence, added by the edit.\n");
        var afterEdit = _s.BuildBothAndCompare();
        Assert.InRange(afterEdit.Stats.Rendered, 1, afterEdit.Stats.Pages / 10);
        // Only the edited file is parsed again (and its topic facts found again); feeds that do not carry it are
        // kept as written.
        Assert.Equal(afterEdit.Stats.InputFiles - 1, afterEdit.Stats.InputsReused);
        Assert.InRange(afterEdit.Stats.FeedsReused, 1, afterEdit.Stats.Topics + 2);
        // Its slug, date and topics are as they were: the related digests are the last build's ranking.
        Assert.True(afterEdit.Stats.RelatedReused);

        // Edit a title: the digest page and every list that shows it change.
        var retitled = _s.Digests[^2];
        File.WriteAllText(retitled, File.ReadAllText(retitled).Replace("title: \"", "title: \"Retitled: "));
        var afterRetitle = _s.BuildBothAndCompare();
        Assert.InRange(afterRetitle.Stats.Rendered, 2, afterRetitle.Stats.Pages - 1);
        Assert.False(afterRetitle.Stats.RelatedReused); // a new title, a new slug: ranked again

        // Add a digest (new pages, new output paths: every page is checked afresh against them).
        var copy = File.ReadAllText(_s.Digests[^3]).Replace("title: \"", "title: \"Added ");
        File.WriteAllText(Path.Combine(_s.Site.Input, "zz-added-digest.txt"), copy);
        var afterAdd = _s.BuildBothAndCompare();
        Assert.Equal(first.Stats.Digests + 1, afterAdd.Stats.Digests);

        // Delete two digests: their pages go from both folders.
        File.Delete(Path.Combine(_s.Site.Input, "zz-added-digest.txt"));
        File.Delete(_s.Digests[0]);
        var afterDelete = _s.BuildBothAndCompare();
        Assert.Equal(first.Stats.Digests - 1, afterDelete.Stats.Digests);
        Assert.True(afterDelete.Stats.Removed > 0);
    }

    [Fact]
    public void ChangesThatReachOtherDigestsPagesGiveWhatAColdBuildGives()
    {
        // Topics need eleven digests for a page here, so one digest's edit can give other digests' topic a page.
        File.WriteAllText(Path.Combine(_s.Site.Dir, "statiq.yml"), "topics:\n  minDigests: 11\n");
        var generated = _s.Digests.Where(f => File.ReadAllText(f).StartsWith("---", StringComparison.Ordinal)).ToArray();
        void AddTopic(string file) =>
            File.WriteAllText(file, File.ReadAllText(file).Replace("topics: [", "topics: [\"Lighthouse Keepers\", "));
        foreach (var file in generated[..10]) AddTopic(file);
        var before = _s.BuildBothAndCompare();
        Assert.DoesNotContain(before.Site!.Topics, t => t.Topic.Name == "Lighthouse Keepers");

        // On an eleventh digest the topic gets its page, and the ten other digests' pages link to it.
        AddTopic(generated[10]);
        var after = _s.BuildBothAndCompare();
        Assert.Contains(after.Site!.Topics, t => t.Topic.Name == "Lighthouse Keepers");

        // A new date moves the digest among the others: the pages that linked to it as newer or older change.
        var moved = generated[13];
        File.WriteAllText(moved, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(moved), "date: .*", "date: 2001-01-01T00:00:00Z"));
        _s.BuildBothAndCompare();

        // A renamed file: same content, another origin.
        File.Move(generated[14], Path.Combine(_s.Site.Input, "zz-renamed.txt"));
        _s.BuildBothAndCompare();
    }

    [Fact]
    public void ChangingATemplateRerendersThePagesThatUseIt()
    {
        var first = _s.BuildBothAndCompare();
        var digestTemplate = File.ReadAllText(Path.Combine(Support.Repo.Root, "theme", "templates", "digest.sbn-html"));
        _s.Site.WriteThemeFile("templates/digest.sbn-html", digestTemplate + "\n<p class=\"changed\">changed template</p>\n");
        var afterDigestTemplate = _s.BuildBothAndCompare();
        Assert.Equal(afterDigestTemplate.Stats.Digests, afterDigestTemplate.Stats.Rendered);

        // A partial may be included anywhere: every page is rendered again.
        _s.Site.WriteThemeFile("templates/partials/footer.sbn-html", IncrementalSite.FooterWithFindings.Replace("top", "back to top"));
        var afterPartial = _s.BuildBothAndCompare();
        Assert.Equal(first.Stats.Pages, afterPartial.Stats.Rendered);
    }

    [Fact]
    public void AddingTheFileALinkPointsAtClearsTheFindingsOfPagesThatWereNotRendered()
    {
        var first = _s.BuildBothAndCompare();
        Assert.Contains(first.Diagnostics, d => d.Message.StartsWith("broken link") && d.Message.Contains("assets/missing.png"));

        // No page changes, but the set of output paths does: cached link findings no longer hold.
        _s.Site.WriteThemeFile("assets/missing.png", "not really a picture");
        var after = _s.BuildBothAndCompare();
        Assert.Equal(0, after.Stats.Rendered);
        Assert.DoesNotContain(after.Diagnostics, d => d.Message.StartsWith("broken link") && d.Message.Contains("assets/missing.png"));
    }

    [Fact]
    public void ChangingTheConfigurationRerendersEverything()
    {
        _s.BuildBothAndCompare();
        File.WriteAllText(Path.Combine(_s.Site.Dir, "statiq.yml"), "site:\n  title: Another Title\n  baseUrl: https://news.example.org/digest/\n");
        var afterConfig = _s.BuildBothAndCompare();
        Assert.Equal(0, afterConfig.Stats.Reused);
        Assert.Contains("Another Title", File.ReadAllText(Path.Combine(_s.IncrementalOutput, "index.html")));
    }

    [Fact]
    public void APageChangedOrDeletedByHandIsRestored()
    {
        _s.BuildBothAndCompare();
        var page = Directory.GetFiles(Path.Combine(_s.IncrementalOutput, "digests"), "index.html", SearchOption.AllDirectories)[0];
        var original = File.ReadAllBytes(page);
        File.WriteAllText(page, "<p>changed by hand</p>");
        File.Delete(Path.Combine(_s.IncrementalOutput, "index.html"));

        var rebuilt = _s.BuildBothAndCompare();
        Assert.Equal(2, rebuilt.Stats.Rendered);
        Assert.Equal(original, File.ReadAllBytes(page));
    }

    [Fact]
    public void ACorruptOrTruncatedCacheIsIgnored()
    {
        _s.BuildBothAndCompare();
        // Both output folders have a cache folder; spoil every file of both (the cold build deletes its own anyway).
        var cacheFolder = Path.Combine(_s.Site.Dir, IncrementalBuild.CacheFolder);
        Assert.Equal(2, Directory.GetDirectories(cacheFolder).Length);
        var cacheFiles = Directory.GetFiles(cacheFolder, "*", SearchOption.AllDirectories);
        Assert.Contains(cacheFiles, f => f.EndsWith(CacheStore.ManifestName));
        var originals = cacheFiles.Select(File.ReadAllBytes).ToArray();
        void Spoil(Func<byte[], byte[]> how)
        {
            for (var i = 0; i < cacheFiles.Length; i++) File.WriteAllBytes(cacheFiles[i], how(originals[i]));
        }

        Spoil(b => b[..(b.Length / 2)]);
        Assert.Equal(0, _s.BuildBothAndCompare().Stats.Reused);

        Spoil(b =>
        {
            var garbage = (byte[])b.Clone();
            for (var i = 100; i < garbage.Length; i += 7) garbage[i] ^= 0x5A;
            return garbage;
        });
        _s.BuildBothAndCompare(); // must not throw, and must still be exact

        Spoil(_ => []);
        Assert.Equal(0, _s.BuildBothAndCompare().Stats.Reused);
    }

    [Fact]
    public void CheckNeitherReadsNorWritesTheCacheAndCleanDeletesIt()
    {
        var check = _s.Site.Build(o => o with { OutputDir = _s.IncrementalOutput, Write = false });
        Assert.Equal(0, check.Stats.Reused);
        Assert.False(Directory.Exists(Path.Combine(_s.Site.Dir, ".digestsite")));

        _s.BuildIncremental();
        Assert.Single(Directory.GetDirectories(Path.Combine(_s.Site.Dir, IncrementalBuild.CacheFolder)));
        var checkAgain = _s.Site.Build(o => o with { OutputDir = _s.IncrementalOutput, Write = false });
        Assert.Equal(0, checkAgain.Stats.Reused);

        // --clean deletes the output folder and the cache, so it renders every page; then it leaves a new cache.
        var clean = _s.Site.Build(o => o with { OutputDir = _s.IncrementalOutput, Clean = true });
        Assert.Equal(0, clean.Stats.Reused);
        Assert.Equal(clean.Stats.Pages, _s.BuildIncremental().Stats.Reused);
    }
}

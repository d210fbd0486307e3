using DigestSite.Build;
using DigestSite.Publishing;
using DigestSite.Writing;

namespace DigestSite.Tests.Publishing;

/// <summary><c>publish --to DIR</c>: a complete site in DIR, swapped in whole, nothing left beside it.</summary>
public sealed class FolderPublishTests : IDisposable
{
    private readonly PublishFixture _f = new();

    public void Dispose() => _f.Dispose();

    private string[] BesideWww() => Directory.GetFileSystemEntries(_f.Scratch).Select(Path.GetFileName).ToArray()!;

    [Fact]
    public void PublishLeavesACompleteSiteInDirAndNothingBesideIt()
    {
        var result = _f.PublishFolder(_f.Www);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["www"], BesideWww());
        Assert.True(OutputFolder.IsOurs(_f.Www));
        // Every file the build made is there, byte for byte, as the same build made in memory gives them (a written
        // build does not keep its pages' bytes, and its staging folder is now the published one).
        var expected = SiteBuilder.Build(new BuildOptions { SiteDir = _f.Site.Dir, Write = false, Now = PublishFixture.Now });
        Assert.Equal(expected.Files.Select(f => f.Path), result.Build!.Files.Select(f => f.Path));
        foreach (var file in expected.Files)
            Assert.Equal(file.Bytes, File.ReadAllBytes(Path.Combine(_f.Www, file.Path)));
        Assert.False(File.Exists(Path.Combine(_f.Www, ".nojekyll"))); // a git-host file, not a web-folder one
        var page = Support.Html.Parse(File.ReadAllText(Path.Combine(_f.Www, "digests", PublishFixture.EditedSlug, "index.html")));
        Assert.Equal($"{PublishFixture.BaseUrl}digests/{PublishFixture.EditedSlug}/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(result.Build.Files.Count, result.Changes.Count(ChangeKind.Added));
    }

    [Fact]
    public void ASecondPublishReplacesThePreviousVersionWhole()
    {
        _f.PublishFolder(_f.Www);
        _f.EditFerry();
        File.Delete(Path.Combine(_f.Site.Input, "2026-10-16-orchard-harvest.txt"));

        var result = _f.PublishFolder(_f.Www);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal(["www"], BesideWww());
        Assert.False(Directory.Exists(Path.Combine(_f.Www, "digests", "orchard-harvest-comes-in-early-after-a-warm-autumn")));
        Assert.Contains("floating one", File.ReadAllText(Path.Combine(_f.Www, "digests", PublishFixture.EditedSlug, "index.html")));
        Assert.Contains(new FileChange(ChangeKind.Changed, $"digests/{PublishFixture.EditedSlug}/index.html"), result.Changes.Changes);
        Assert.Contains(new FileChange(ChangeKind.Removed, "digests/orchard-harvest-comes-in-early-after-a-warm-autumn/index.html"), result.Changes.Changes);
    }

    [Fact]
    public void PublishingAnUnchangedSiteTouchesNothing()
    {
        _f.PublishFolder(_f.Www);
        var before = PublishFixture.Snapshot(_f.Www);

        var again = _f.PublishFolder(_f.Www);

        Assert.Equal(PublishOutcome.NothingToPublish, again.Outcome);
        Assert.StartsWith("nothing to publish", again.Message);
        Assert.Equal(before, PublishFixture.Snapshot(_f.Www));
        Assert.Equal(["www"], BesideWww());
    }

    [Fact]
    public void AForeignNonEmptyFolderIsRefusedAndLeftAlone()
    {
        Directory.CreateDirectory(_f.Www);
        File.WriteAllText(Path.Combine(_f.Www, "family-photos.txt"), "not a web site\n");

        var result = _f.PublishFolder(_f.Www);

        Assert.Equal(PublishOutcome.Refused, result.Outcome);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--force", result.Message);
        Assert.Equal(["family-photos.txt"], Directory.GetFileSystemEntries(_f.Www).Select(Path.GetFileName));
        Assert.Equal(["www"], BesideWww());
    }

    [Fact]
    public void ForceReplacesAForeignFolder()
    {
        Directory.CreateDirectory(_f.Www);
        File.WriteAllText(Path.Combine(_f.Www, "old-site.html"), "<p>hand made</p>\n");

        var result = _f.PublishFolder(_f.Www, force: true);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.False(File.Exists(Path.Combine(_f.Www, "old-site.html")));
        Assert.True(File.Exists(Path.Combine(_f.Www, "index.html")));
        Assert.Contains(new FileChange(ChangeKind.Removed, "old-site.html"), result.Changes.Changes);
        Assert.Equal(["www"], BesideWww());
    }

    [Fact]
    public void TheSiteFolderAndItsInputAreRefusedEvenWithForce()
    {
        var before = PublishFixture.Snapshot(_f.Site.Dir);

        var intoInput = _f.PublishFolder(_f.Site.Input, force: true);
        var intoSite = _f.PublishFolder(_f.Site.Dir, force: true);

        Assert.Equal(PublishOutcome.Refused, intoInput.Outcome);
        Assert.Equal(PublishOutcome.Refused, intoSite.Outcome);
        Assert.Contains("input folder", intoInput.Message);
        Assert.Equal(before, PublishFixture.Snapshot(_f.Site.Dir));
    }

    [Fact]
    public void ASymbolicLinkIsRefusedAndLeftAsItIs()
    {
        var real = Path.Combine(_f.Scratch, "release-1");
        _f.PublishFolder(real);
        Directory.CreateSymbolicLink(_f.Www, real);

        var result = _f.PublishFolder(_f.Www);

        Assert.Equal(PublishOutcome.Refused, result.Outcome);
        Assert.Contains("symbolic link", result.Message);
        Assert.Equal(real, new DirectoryInfo(_f.Www).LinkTarget);
        Assert.Equal(["release-1", "www"], BesideWww().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DryRunListsAddedChangedAndRemovedFilesAndChangesNothing()
    {
        _f.PublishFolder(_f.Www);
        File.WriteAllText(Path.Combine(_f.Www, "stray.html"), "<p>left by hand</p>\n");
        _f.EditFerry();
        _f.Site.AddDigest("2026-10-23-bridge-paint.txt", """
            ---
            title: "Footbridge gets a fresh coat of paint"
            topics: [transport]
            ---
            Footbridge gets a fresh coat of paint
            What's the story
            Painters have finished the footbridge over the river, a week ahead of the date set in the spring.
            """);
        var before = PublishFixture.Snapshot(_f.Www);

        var dry = _f.PublishFolder(_f.Www, dryRun: true);

        Assert.Equal(PublishOutcome.DryRun, dry.Outcome);
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains(new FileChange(ChangeKind.Added, "digests/footbridge-gets-a-fresh-coat-of-paint/index.html"), dry.Changes.Changes);
        Assert.Contains(new FileChange(ChangeKind.Changed, $"digests/{PublishFixture.EditedSlug}/index.html"), dry.Changes.Changes);
        Assert.Contains(new FileChange(ChangeKind.Removed, "stray.html"), dry.Changes.Changes);
        Assert.DoesNotContain(dry.Changes.Changes, c => c.Path == OutputFolder.ManifestName);
        Assert.Equal(before, PublishFixture.Snapshot(_f.Www));
        Assert.Equal(["www"], BesideWww());
    }

    [Fact]
    public void ABuildWithErrorsLeavesTheFolderAsItWasAndNothingBesideIt()
    {
        _f.PublishFolder(_f.Www);
        var before = PublishFixture.Snapshot(_f.Www);
        _f.EditFerry();
        _f.Site.AddDigest("2026-10-20-broken.txt", "What's the story\nA story with no title above it.\n");

        var result = _f.PublishFolder(_f.Www);

        Assert.Equal(PublishOutcome.BuildFailed, result.Outcome);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before, PublishFixture.Snapshot(_f.Www));
        Assert.Equal(["www"], BesideWww());
    }
}

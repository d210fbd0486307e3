using DigestSite.Publishing;

namespace DigestSite.Tests.Publishing;

public sealed class ChangeListTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestsite-changes-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void ComparesByBytesIncludesDotFilesAndSkipsIgnoredPaths()
    {
        Write("old/same.html", "same");
        Write("old/edited.html", "before");
        Write("old/a/gone.html", "gone");
        Write("old/.git/config", "ignored");
        Write("old/sized.txt", "abcd");
        Write("new/same.html", "same");
        Write("new/edited.html", "after!");
        Write("new/sized.txt", "abce"); // same length, other bytes
        Write("new/.nojekyll", "");
        Write("new/b/c/fresh.html", "fresh");

        var changes = ChangeList.Between(Path.Combine(_root, "old"), Path.Combine(_root, "new"), p => p.StartsWith(".git/", StringComparison.Ordinal));

        Assert.Equal(
        [
            new FileChange(ChangeKind.Added, ".nojekyll"),
            new FileChange(ChangeKind.Removed, "a/gone.html"),
            new FileChange(ChangeKind.Added, "b/c/fresh.html"),
            new FileChange(ChangeKind.Changed, "edited.html"),
            new FileChange(ChangeKind.Changed, "sized.txt"),
        ], changes.Changes);
        Assert.Equal("2 added, 2 changed, 1 removed", changes.Summary);
    }

    [Fact]
    public void AMissingTargetMeansEverythingIsAdded()
    {
        Write("new/index.html", "home");

        var changes = ChangeList.Between(Path.Combine(_root, "absent"), Path.Combine(_root, "new"), _ => false);

        Assert.Equal([new FileChange(ChangeKind.Added, "index.html")], changes.Changes);
    }
}

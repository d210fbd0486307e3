using DigestSite.Publishing;

namespace DigestSite.Tests.Publishing;

public sealed class FolderSwapTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digestsite-swap-" + Guid.NewGuid().ToString("N")[..12]);

    public FolderSwapTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Folder(string name, string file)
    {
        var dir = Path.Combine(_root, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, file), name);
        return dir;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReplaceLeavesOnlyTheNewFolderInPlace(bool exchange)
    {
        var www = Folder("www", "old.html");
        var fresh = Folder("www.digestsite-new-test", "new.html");

        var warning = FolderSwap.Replace(www, fresh, exchange);

        Assert.Null(warning);
        Assert.Equal(["new.html"], Directory.GetFiles(www).Select(Path.GetFileName));
        Assert.Equal(["www"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void ReplaceMovesTheNewFolderInWhenThePlaceIsFree()
    {
        var fresh = Folder("www.digestsite-new-test", "new.html");

        FolderSwap.Replace(Path.Combine(_root, "www"), fresh);

        Assert.Equal(["www"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void OnLinuxTwoFoldersAreExchangedInOneStep()
    {
        if (!OperatingSystem.IsLinux()) return; // elsewhere Replace uses two renames, covered above
        var a = Folder("a", "from-a.txt");
        var b = Folder("b", "from-b.txt");

        Assert.True(FolderSwap.TryExchange(a, b));

        Assert.True(File.Exists(Path.Combine(a, "from-b.txt")));
        Assert.True(File.Exists(Path.Combine(b, "from-a.txt")));
    }
}

using System.Text;
using DigestSite.Site;
using DigestSite.Writing;

namespace DigestSite.Tests.Writing;

/// <summary>The writer a build hands each file to as soon as it is made: the folder ends as
/// <see cref="OutputWriter.Write"/> leaves it, and a build that stops half-way removes nothing.</summary>
public sealed class BackgroundWriterTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ds-writer-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text), "test");

    private string Read(string path) => System.IO.File.ReadAllText(Path.Combine(_dir, path));

    private string[] Manifest() => System.IO.File.ReadAllLines(Path.Combine(_dir, OutputFolder.ManifestName));

    [Fact]
    public void Files_are_written_and_stale_ones_removed_once_all_are_queued()
    {
        OutputWriter.Write(_dir, [File("a/index.html", "old a"), File("b/index.html", "b"), File("feed.xml", "feed")]);

        var files = new[] { File("a/index.html", "new a"), File("feed.xml", "feed"), File("c/d/index.html", "c") };
        var writer = new BackgroundWriter(_dir, clean: false);
        foreach (var file in files) writer.Add(file);
        writer.AllQueued(files);
        var result = writer.Finish();

        Assert.Equal(new WriteResult(2, 1, 1), result);
        Assert.Equal(("new a", "c"), (Read("a/index.html"), Read("c/d/index.html")));
        Assert.False(Directory.Exists(Path.Combine(_dir, "b")));
        Assert.Equal(["a/index.html", "c/d/index.html", "feed.xml"], Manifest());
    }

    [Fact]
    public void A_build_that_stops_before_all_are_queued_removes_nothing()
    {
        OutputWriter.Write(_dir, [File("a/index.html", "a"), File("b/index.html", "b")]);

        var writer = new BackgroundWriter(_dir, clean: false);
        writer.Add(File("c/index.html", "c"));
        writer.Dispose(); // the build failed
        Assert.Equal(0, writer.Finish().Removed);

        Assert.Equal(("a", "b", "c"), (Read("a/index.html"), Read("b/index.html"), Read("c/index.html")));
        Assert.Equal(["a/index.html", "b/index.html"], Manifest());
    }

    [Fact]
    public void Clean_empties_the_folder_first()
    {
        OutputWriter.Write(_dir, [File("a/index.html", "a"), File("b/index.html", "b")]);
        var files = new[] { File("a/index.html", "a") };
        using var writer = new BackgroundWriter(_dir, clean: true);
        writer.Add(files[0]);
        writer.AllQueued(files);
        Assert.Equal(new WriteResult(1, 0, 0), writer.Finish());
        Assert.False(Directory.Exists(Path.Combine(_dir, "b")));
        Assert.Equal(["a/index.html"], Manifest());
    }
}

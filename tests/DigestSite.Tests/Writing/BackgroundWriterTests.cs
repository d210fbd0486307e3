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

    /// <summary>The paths the manifest lists (after its header line).</summary>
    private string[] Manifest() => System.IO.File.ReadAllLines(Path.Combine(_dir, OutputFolder.ManifestName)).Skip(1).ToArray();

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
    public void A_build_that_stops_before_all_are_queued_removes_nothing_and_lists_what_it_wrote()
    {
        OutputWriter.Write(_dir, [File("a/index.html", "a"), File("b/index.html", "b")]);

        var writer = new BackgroundWriter(_dir, clean: false);
        writer.Add(File("c/index.html", "c"));
        writer.Dispose(); // the build failed
        Assert.Equal(0, writer.Finish().Removed);

        Assert.Equal(("a", "b", "c"), (Read("a/index.html"), Read("b/index.html"), Read("c/index.html")));
        // The file it wrote is listed (the manifest is written before any file), so the next build removes it.
        Assert.Equal(["a/index.html", "b/index.html", "c/index.html"], Manifest());
        Assert.StartsWith("# digestsite manifest 2 writing ", System.IO.File.ReadLines(Path.Combine(_dir, OutputFolder.ManifestName)).First());
        OutputWriter.Write(_dir, [File("a/index.html", "a")]);
        Assert.False(Directory.Exists(Path.Combine(_dir, "c")));
        Assert.Equal(["a/index.html"], Manifest());
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

    [Fact]
    public void A_held_page_lets_its_bytes_go_once_written_and_is_then_read_from_disk()
    {
        var page = OutputFile.HeldUntilWritten("a/index.html", "<p>lent</p>"u8.ToArray(), Path.Combine(_dir, "a/index.html"), "test");
        Assert.Equal(11, page.HeldSize);
        Assert.Equal("<p>lent</p>", Encoding.UTF8.GetString(page.Content));

        var writer = new BackgroundWriter(_dir, clean: false);
        writer.Add(page);
        writer.AllQueued([page]);
        Assert.Equal(new WriteResult(1, 0, 0), writer.Finish());

        Assert.Equal(0, page.HeldSize);
        Assert.False(page.IsReused); // still a page this build wrote
        Assert.Equal("<p>lent</p>", Read("a/index.html"));
        Assert.Equal("<p>lent</p>", Encoding.UTF8.GetString(page.Bytes)); // now from the file
    }

    [Fact]
    public void Held_pages_queued_faster_than_they_are_written_wait_and_all_arrive()
    {
        // Far more than the writer may fall behind by (8 MiB), from two threads at once.
        var body = new byte[256 * 1024];
        var pages = Enumerable.Range(0, 80).Select(i => (Path: $"p{i}/index.html", Byte: (byte)('a' + i % 26))).ToList();
        var files = new OutputFile[pages.Count];
        var writer = new BackgroundWriter(_dir, clean: false);
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var bytes = (byte[])body.Clone();
            Array.Fill(bytes, pages[i].Byte);
            files[i] = OutputFile.HeldUntilWritten(pages[i].Path, bytes, Path.Combine(_dir, pages[i].Path), "test");
            writer.Add(files[i]);
        });
        writer.AllQueued(files);
        Assert.Equal(new WriteResult(pages.Count, 0, 0), writer.Finish());
        foreach (var (path, b) in pages)
        {
            var written = System.IO.File.ReadAllBytes(Path.Combine(_dir, path));
            Assert.Equal(body.Length, written.Length);
            Assert.All(written, x => Assert.Equal(b, x));
        }
        Assert.All(files, f => Assert.Equal(0, f.HeldSize));
    }
}

using DigestSite.Reading;
using DigestSite.Tests.Cli;

namespace DigestSite.Tests.Reading;

public class InputReaderTests
{
    [Fact]
    public void Digest_files_are_found_as_a_plain_enumeration_finds_them_in_path_order()
    {
        using var dir = new TempDir();
        var input = dir["input"];
        foreach (var file in new[]
        {
            "b.txt", "A.TXT", "c.md", "d.Md", "e.markdown", "notes.doc", ".hidden.txt", "backup.txt~", "z",
            "sub/f.txt", "sub/deeper/g.MD", "sub/.h.txt", "sub-x.txt", "sub.txt", "sub0/i.txt",
            ".git/j.txt", "old~/k.txt", "dir.txt/l.txt", "sub/.cache/m.txt", "Sub/n.txt",
        })
        {
            var path = Path.Combine(input, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }

        var found = InputReader.FindDigestFiles(input);

        Assert.Equal(Reference(input), found);
        Assert.Equal(
            ["A.TXT", "Sub/n.txt", "b.txt", "c.md", "d.Md", "dir.txt/l.txt", "sub-x.txt", "sub.txt", "sub/deeper/g.MD", "sub/f.txt", "sub0/i.txt"],
            found.Select(f => Path.GetRelativePath(input, f).Replace('\\', '/')));
        Assert.All(found, f => Assert.StartsWith(input, f));
    }

    [Fact]
    public void A_missing_input_folder_has_no_digests()
    {
        using var dir = new TempDir();
        Assert.Empty(InputReader.FindDigestFiles(dir["input"]));
    }

    [Theory]
    [InlineData("input")]
    [InlineData("content/digests")]
    [InlineData(".")]
    public void Digest_inputs_are_the_digest_files_with_their_site_paths_and_stamps(string inputFolder)
    {
        using var dir = new TempDir();
        var site = dir["site"];
        var input = Path.Combine(site, inputFolder);
        foreach (var file in new[] { "b.txt", "A.TXT", "sub/f.txt", "sub/deeper/g.MD", "Sub/n.txt", ".hidden.txt" })
        {
            var path = Path.Combine(input, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x" + file);
        }

        var found = InputReader.FindDigestInputs(input, site);

        Assert.Equal(InputReader.FindDigestFiles(input), found.Select(f => f.FullPath));
        Assert.All(found, f =>
        {
            var info = new FileInfo(f.FullPath);
            Assert.Equal(InputReader.RelativePath(site, f.FullPath), f.RelativePath);
            Assert.Equal(info.Length, f.Size);
            Assert.Equal(info.LastWriteTimeUtc.Ticks, f.ModifiedTicks);
        });
    }

    /// <summary>What the enumeration gave before it was made to skip hidden folders and sort by paths found.</summary>
    private static List<string> Reference(string inputDir) =>
        Directory.EnumerateFiles(inputDir, "*", SearchOption.AllDirectories)
            .Where(f => InputReader.DigestExtensions.Contains(Path.GetExtension(f)))
            .Where(f => !InputReader.IsHiddenOrBackup(Path.GetRelativePath(inputDir, f)))
            .OrderBy(f => Path.GetRelativePath(inputDir, f).Replace('\\', '/'), StringComparer.Ordinal)
            .ToList();
}

using System.Text.Json;
using DigestSite.Caching;
using DigestSite.Content;
using DigestSite.Reading;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Caching;

/// <summary>The cache of parsed inputs: what it stores reads back equal, and a file is parsed again exactly when
/// its bytes changed.</summary>
public sealed class InputCacheTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("digestsite-inputs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A parse result with its digest's sections (which the cache does not store, and reads from the file).</summary>
    private static string Json(ParseResult result) => JsonSerializer.Serialize(new { result, Sections = result.Digest?.Sections });

    /// <summary>What the cache keeps of a parse result: everything but the digest's sections.</summary>
    private static string Head(ParseResult result) => JsonSerializer.Serialize(new
    {
        result.Path, result.Diagnostics, result.Digest?.Title, result.Digest?.TitleLine, result.Digest?.FrontMatter, result.Digest?.Sources,
    });

    [Fact]
    public void Parse_results_of_the_sample_site_and_of_broken_files_read_back_equal()
    {
        var inputs = InputReader.FindDigestFiles(Path.Combine(Repo.Root, "input")).ToList();
        Assert.NotEmpty(inputs);
        var results = inputs.Select(p => DigestParser.Parse(File.ReadAllBytes(p), InputReader.RelativePath(Repo.Root, p), Path.GetExtension(p))).ToList();
        results.Add(DigestParser.Parse("---\ntitle: [unclosed\n---\nTitle\n"u8.ToArray(), "input/broken.txt", ".txt"));
        results.Add(DigestParser.Parse("---\ndate: 2026-11-28T09:30:00+02:00\ntopics: [Floods, Kenya]\ndraft: true\nslug: own-slug\n---\nA title\n\nWhat's the story\nOne paragraph.\n"u8.ToArray(), "input/fm.txt", ".txt"));
        Assert.Contains(results, r => !r.Ok);
        Assert.Contains(results, r => r.Digest?.FrontMatter.Date?.Offset is not null);

        var stored = new Dictionary<string, StoredInput>();
        foreach (var result in results) stored[result.Path] = new StoredInput(new CachedInput(new InputStamp(1, 2), [1, 2], result), null);
        var folder = Path.Combine(_dir, "cache");
        CacheStore.Save(folder, [9], new BuildCache([], new Dictionary<string, CachedPage>(), stored.ToDictionary(p => p.Key, p => p.Value.Input)), BuildCache.Empty, null);
        var read = CacheStore.Load(folder, [9]);
        foreach (var result in results)
        {
            var back = read.Inputs[result.Path].Result;
            Assert.Equal(Head(result), Head(back));
            // The sections are not in the cache: a digest read back without them says so, not with wrong ones.
            if (back.Digest is { } digest) Assert.Throws<InvalidOperationException>(() => digest.Sections);
        }
    }

    [Fact]
    public void A_file_is_parsed_again_only_when_its_bytes_changed()
    {
        var file = Path.Combine(_dir, "input", "a.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "Harbour reopens\n\nWhat's the story\nThe harbour reopened after the storm.\n");

        var first = new InputCache(new Dictionary<string, CachedInput>());
        var firstResult = first.Parse(first.Read(file, _dir));
        Assert.Equal(0, first.Reused);
        Assert.Equal("Harbour reopens", firstResult.Digest!.Title);

        // Same stamp: not even read. The digest's sections are read from the file when first asked for.
        var second = new InputCache(first.Current);
        var load = second.Read(file, _dir);
        Assert.Null(load.Source);
        var secondResult = second.Parse(load);
        Assert.Equal(1, second.Reused);
        Assert.False(secondResult.Digest!.SectionsLoaded);
        Assert.Equal(Json(firstResult), Json(secondResult));
        Assert.True(secondResult.Digest.SectionsLoaded);

        // Touched (new time, same bytes): read, hashed, not parsed.
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        var third = new InputCache(second.Current);
        load = third.Read(file, _dir);
        Assert.NotNull(load.Source);
        Assert.Equal(Json(firstResult), Json(third.Parse(load)));
        Assert.Equal(1, third.Reused);

        // Edited: parsed again, even with the same size and time as before.
        var stamp = new FileInfo(file).LastWriteTimeUtc;
        File.WriteAllText(file, "Harbour closes\n\nWhat's the story\nThe harbour reopened after the storm.\n");
        File.SetLastWriteTimeUtc(file, stamp.AddSeconds(1));
        var fourth = new InputCache(third.Current);
        var edited = fourth.Parse(fourth.Read(file, _dir));
        Assert.Equal(0, fourth.Reused);
        Assert.Equal("Harbour closes", edited.Digest!.Title);
    }
}

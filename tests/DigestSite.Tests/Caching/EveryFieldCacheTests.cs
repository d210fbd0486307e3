using System.Collections;
using System.Text.Json;
using DigestSite.Caching;
using DigestSite.Content;
using DigestSite.Tests.Support;
using Xunit;

namespace DigestSite.Tests.Caching;

/// <summary>
/// A field the cache dropped would make a rebuild render a digest without it. A digest with every front-matter
/// key set (and a Source: line in its text) is built, then every page is rendered again from what the cache kept
/// of it (a template changed): the pages must be those of a cold build, and the record read back from the cache
/// must equal the parsed one, field by field.
/// </summary>
public sealed class EveryFieldCacheTests : IDisposable
{
    private readonly TempSite _site = new("site:\n  title: \"Every field\"\n  baseUrl: \"https://news.example/\"\nauthors:\n  ada:\n    name: \"Ada Reporter\"\n    bio: \"Covers harbours.\"\n    url: \"https://ada.example/\"\n");

    public void Dispose() => _site.Dispose();

    private const string EveryField = """
        ---
        title: "Harbour wall vote, every field set"
        date: 2026-11-20T09:30:00+01:00
        updated: 2026-11-21T14:05
        topics: [Harbours, Flood defence]
        source: https://example.org/original
        summary: "A summary written by hand."
        image: https://cdn.example/wall.jpg
        imageAlt: "The sea wall at dawn"
        imageCaption: "The north wall after the storm"
        imageCredit: "Paul Martin"
        draft: true
        slug: own-harbour-slug
        section: Coast
        correction: "An earlier version gave the wrong cost."
        author: [ada, Paul Martin]
        sources: [https://example.org/a, {title: "Council notice", url: "https://council.example/n"}]
        ---
        Harbour wall vote, every field set
        What's the story
        Residents of the harbour town voted on Sunday to rebuild the sea wall that storms damaged last winter.
        Source: [The council](https://council.example/minutes)
        Cost and timing
        Two summers of work, paid from a regional fund
        The council estimates the cost at 14 million euros, most of it from the regional flood fund.

        """;

    [Fact]
    public void A_digest_with_every_field_set_renders_from_the_cache_as_from_its_file()
    {
        _site.AddDigest("2026-11-20-harbour.txt", EveryField);
        _site.AddDigest("2026-11-19-other.txt", "Another digest\nWhat's the story\nA second digest, so that lists have two.\n");
        var incremental = Path.Combine(_site.Dir, "out-incremental");
        var first = _site.Build(o => o with { OutputDir = incremental, Drafts = true });
        Assert.Equal(0, first.ExitCode);

        // Every field of the front matter is set: a field added to FrontMatter fails here until this digest sets it.
        var parsed = DigestParser.Parse(System.Text.Encoding.UTF8.GetBytes(EveryField), "input/2026-11-20-harbour.txt", ".txt").Digest!;
        foreach (var property in typeof(FrontMatter).GetProperties().Where(p => p.GetMethod!.IsStatic == false))
            Assert.False(IsUnset(property.GetValue(parsed.FrontMatter)), $"FrontMatter.{property.Name} is not set by the test digest");
        Assert.NotEmpty(parsed.Sources);

        // What the cache holds of the digest is what parsing gave, every field (the sections are read from the file).
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(_site.Dir, IncrementalBuild.CacheFolder)));
        var cached = CacheStore.Load(folder, CacheStoreTests.ValidityOf(folder)).Inputs["input/2026-11-20-harbour.txt"].Result.Digest!;
        Assert.Equal(Head(parsed), Head(cached));

        // A changed layout renders every page again, the digest's from the cache's record: as a cold build does.
        _site.WriteThemeFile("templates/partials/footer.sbn-html", "<footer class=\"site-footer\"><p>Changed footer</p></footer>\n");
        var rebuilt = _site.Build(o => o with { OutputDir = incremental, Drafts = true });
        Assert.Equal(2, rebuilt.Stats.InputsReused);
        Assert.Equal(0, rebuilt.Stats.Reused);
        var cold = _site.Build(o => o with { OutputDir = Path.Combine(_site.Dir, "out-cold"), Drafts = true, Clean = true });
        IncrementalSite.AssertSameFiles(Path.Combine(_site.Dir, "out-cold"), incremental);
        Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), rebuilt.Diagnostics.Select(d => d.ToString()));
        var page = File.ReadAllText(Path.Combine(incremental, "digests", "own-harbour-slug", "index.html"));
        foreach (var text in new[] { "An earlier version gave the wrong cost.", "The north wall after the storm", "Paul Martin", "Council notice", "Ada Reporter" })
            Assert.Contains(text, page);
    }

    /// <summary>A digest's record without its sections, as JSON.</summary>
    private static string Head(Digest d) => JsonSerializer.Serialize(new { d.Title, d.TitleLine, d.FrontMatter, d.Sources });

    private static bool IsUnset(object? value) => value switch
    {
        null => true,
        bool b => !b,
        int i => i == 0,
        string s => s.Length == 0,
        IEnumerable items => !items.Cast<object>().Any(),
        _ => false,
    };
}

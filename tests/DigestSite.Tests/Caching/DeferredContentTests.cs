using DigestSite.Caching;
using DigestSite.Configuration;
using DigestSite.Content;
using DigestSite.Diagnostics;
using DigestSite.Enrichment;
using DigestSite.Topics;
using Xunit;

namespace DigestSite.Tests.Caching;

/// <summary>
/// What a rebuild leaves unread: the sections of digests whose pages it does not render, the topic facts of
/// every digest when none of them changed (the last build's topics are taken), and the cache's records of
/// unchanged inputs (copied, not encoded again). Each build is compared with a cold one, byte for byte.
/// </summary>
public sealed class DeferredContentTests : IDisposable
{
    private readonly IncrementalSite _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public void A_rebuild_reads_the_sections_only_of_the_digests_whose_pages_or_feeds_it_writes()
    {
        _s.BuildBothAndCompare();

        // Touched, not changed: nothing to render, no feed to write, no digest's sections read.
        File.SetLastWriteTimeUtc(_s.Digests[^1], DateTime.UtcNow.AddMinutes(-5));
        var touched = _s.BuildBothAndCompare();
        Assert.Equal(0, touched.Stats.Rendered);
        Assert.DoesNotContain(touched.Site!.Digests, d => d.Content.SectionsLoaded);

        // Edited: parsed again; the feeds carrying it read their other items (on a site this small, most digests).
        var edited = _s.Digests[^1];
        File.AppendAllText(edited, "\nA late sentence, added by the edit.\n");
        var rebuilt = _s.BuildBothAndCompare();
        Assert.Contains(rebuilt.Site!.Digests, d => Path.GetFileName(d.SourcePath) == Path.GetFileName(edited) && d.Content.SectionsLoaded);
        Assert.Contains(rebuilt.Site.Digests, d => !d.Content.SectionsLoaded);
    }

    [Fact]
    public void Topics_are_found_again_only_for_digests_whose_topic_facts_or_what_they_hang_on_changed()
    {
        _s.BuildBothAndCompare();
        var file = _s.Digests[^1];

        // A figure changed: the same words, so the same topic facts, and the last build's topics.
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.TrimEnd() + " The count rose to 41.\n");
        var first = _s.BuildBothAndCompare();
        File.WriteAllText(file, text.TrimEnd() + " The count rose to 42.\n");
        var second = _s.BuildBothAndCompare();
        Assert.Equal(0, second.Stats.TopicsRecombined);

        // A new name in the text: new facts; that digest's topics are found again, and few others'.
        File.WriteAllText(file, text.TrimEnd() + " Councillor Ottoline Brackenbury of Wexhamford disagreed. Brackenbury spoke twice.\n");
        var renamed = _s.BuildBothAndCompare();
        Assert.InRange(renamed.Stats.TopicsRecombined, 1, renamed.Stats.Digests / 4);
    }

    [Fact]
    public void Records_of_unchanged_inputs_read_back_from_a_rebuilt_cache_as_a_cold_build_writes_them()
    {
        _s.BuildBothAndCompare();
        File.AppendAllText(_s.Digests[^1], "\nA late sentence, added by the edit.\n");
        _s.BuildBothAndCompare();

        var caches = Directory.GetDirectories(Path.Combine(_s.Site.Dir, IncrementalBuild.CacheFolder));
        Assert.Equal(2, caches.Length); // one per output folder: the incremental one and the cold one
        var validity = CacheStoreTests.ValidityOf(caches[0]);
        var inputs = caches.Select(c => Inputs(CacheStore.Load(c, validity))).ToArray();
        Assert.NotEmpty(inputs[0]);
        Assert.Equal(inputs[0], inputs[1]);
    }

    [Fact]
    public void The_enrich_stage_finds_again_the_topic_facts_a_cache_can_no_longer_give()
    {
        var files = _s.Digests.Select(path => new ParsedFile(Path.GetFileName(path), File.GetLastWriteTimeUtc(path),
            DigestParser.Parse(File.ReadAllBytes(path), Path.GetFileName(path), ".txt").Digest!)).ToList();
        var enricher = new Enricher(SiteConfig.Default, Gazetteer.Default);
        var cold = enricher.Enrich(files, new DiagnosticBag(), null, out var found);

        // Every fact deferred, none loadable: the corpus step must run (no topics to reuse) and find them again.
        var unreadable = found.Select(f => (DigestFacts?)new DigestFacts(() => null, f.TopicsFingerprint, f.Listing)).ToList();
        var again = enricher.Enrich(files, new DiagnosticBag(), unreadable, out var foundAgain, new TopicCorpus(null, (_, _) => null));
        Assert.Equal(cold.Select(d => string.Join("|", d.Topics)), again.Select(d => string.Join("|", d.Topics)));
        Assert.Contains(cold, d => d.Topics.Length > 0);
        Assert.All(foundAgain, f => Assert.NotNull(f.Topics));
        Assert.Equal(found.Select(f => Convert.ToHexString(f.TopicsFingerprint)), foundAgain.Select(f => Convert.ToHexString(f.TopicsFingerprint)));
    }

    private static List<string> Inputs(BuildCache cache) => cache.Inputs.OrderBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => System.Text.Json.JsonSerializer.Serialize(new
        {
            p.Key, p.Value.Stamp, p.Value.ContentHash, p.Value.Result.Diagnostics, p.Value.Result.Digest?.Title,
            p.Value.Result.Digest?.FrontMatter, p.Value.Result.Digest?.Sources, p.Value.Facts?.Listing, p.Value.Facts?.TopicsFingerprint, p.Value.Facts?.Topics,
        })).ToList();
}

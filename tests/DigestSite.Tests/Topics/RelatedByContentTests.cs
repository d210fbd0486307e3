using System.Text.Json;
using DigestSite.Configuration;
using DigestSite.Content;
using DigestSite.Diagnostics;
using DigestSite.Enrichment;
using DigestSite.Site;
using DigestSite.Tests.Support;
using DigestSite.Topics;
using Xunit.Abstractions;

namespace DigestSite.Tests.Topics;

/// <summary>
/// Related digests on the labelled set (TestData/TopicsLabelled): a related digest should be filed under the same
/// desk or share a place or entity an editor tagged on both (labels' places, entities and acceptable topics).
/// </summary>
public class RelatedByContentTests(ITestOutputHelper output)
{
    private static readonly string LabelledDir = Path.Combine(Repo.Root, "tests", "DigestSite.Tests", "TestData", "TopicsLabelled");

    [Fact]
    public void Related_digests_share_a_desk_or_an_entity()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(LabelledDir, "labels.json")));
        var labels = doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("file").GetString()!, e => (
            Desk: e.GetProperty("desk").GetString()!,
            Names: new[] { "places", "entities", "acceptable" }.SelectMany(k => e.GetProperty(k).EnumerateArray().Select(x => x.GetString()!.ToLowerInvariant())).ToHashSet()));
        var files = labels.Keys.Order(StringComparer.Ordinal).Select(f =>
        {
            var path = Path.Combine(LabelledDir, "digests", f);
            return new ParsedFile(f, File.GetLastWriteTimeUtc(path), DigestParser.Parse(File.ReadAllBytes(path), f, ".txt").Digest!);
        }).ToList();
        var digests = new Enricher(SiteConfig.Default, Gazetteer.Default).Enrich(files, new DiagnosticBag());
        var related = RelatedDigests.Rank(digests);

        int links = 0, good = 0, withSome = 0;
        for (var i = 0; i < digests.Count; i++)
        {
            var mine = labels[digests[i].SourcePath];
            if (related[i].Length > 0) withSome++;
            foreach (var other in related[i])
            {
                var theirs = labels[other.SourcePath];
                var ok = theirs.Desk == mine.Desk || theirs.Names.Overlaps(mine.Names);
                links++;
                if (ok) good++;
                else output.WriteLine($"{digests[i].SourcePath} -> {other.SourcePath}: other desk, nothing shared");
            }
        }
        output.WriteLine($"{links} related links on {withSome} of {digests.Count} digests; {good} share a desk or an entity");
        Assert.True(links > 0, "no related digests at all");
        // Measured: 127 of 150 (0.85) once issue 19's recall pass changed the topics; the floor keeps that level.
        Assert.True(good >= 0.84 * links, $"{good} of {links} related links share a desk or an entity");
    }
}

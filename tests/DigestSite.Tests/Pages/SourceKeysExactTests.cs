using System.Security.Cryptography;
using System.Text.RegularExpressions;
using DigestSite.Pages;
using DigestSite.Tests.Caching;
using Xunit;

namespace DigestSite.Tests.Pages;

/// <summary>
/// The promise a source key makes, checked across many versions of a site rather than from one build to the
/// next: whenever a page has the same source key in two versions, it has the same bytes. Each version is built
/// cold into its own folder, so no cache is involved; the keys are those the planner gives each version.
/// </summary>
public sealed class SourceKeysExactTests : IDisposable
{
    private readonly IncrementalSite _s = new();

    public SourceKeysExactTests() =>
        File.WriteAllText(Path.Combine(_s.Site.Dir, "statiq.yml"), "pageSize: 4\ntopics:\n  minDigests: 3\n");

    public void Dispose() => _s.Dispose();

    private sealed record Version(string Name, Dictionary<string, (string Key, string Bytes)> Pages);

    private Version Build(string name)
    {
        var output = Path.Combine(_s.Site.Dir, "out-" + name);
        var result = _s.Site.Build(o => o with { OutputDir = output, Clean = true });
        Assert.Equal(0, result.Stats.Reused);
        var pages = PagePlanner.Plan(result.Site!).ToDictionary(
            job => job.OutputPath,
            job =>
            {
                Assert.NotNull(job.SourceKey); // digests read from files: every page goes by its source key
                var bytes = File.ReadAllBytes(Path.Combine(output, job.OutputPath));
                return (Convert.ToHexString(job.SourceKey!), Convert.ToHexString(SHA256.HashData(bytes)));
            });
        return new Version(name, pages);
    }

    [Fact]
    public void A_page_with_the_same_source_key_in_two_versions_of_a_site_has_the_same_bytes()
    {
        var files = _s.Digests.Where(f => File.ReadAllText(f).StartsWith("---", StringComparison.Ordinal)).ToArray();
        var originals = files.ToDictionary(f => f, File.ReadAllText);
        void Edit(int i, Func<string, string> change) => File.WriteAllText(files[i], change(File.ReadAllText(files[i])));
        void Tag(int i) => Edit(i, t => t.Replace("topics: [", "topics: [\"Lighthouse Keepers\", "));

        var versions = new List<Version> { Build("start") };
        Edit(20, t => t.TrimEnd('\n') + " One more sentence at the very end.\n");
        versions.Add(Build("body"));
        Edit(5, t => Regex.Replace(t, "(?m)^title: \"", "title: \"Retitled: "));
        versions.Add(Build("title"));
        Edit(9, t => t.Replace("\n---\n", "\nsummary: \"A summary of its own.\"\n---\n"));
        versions.Add(Build("summary"));
        Edit(12, t => Regex.Replace(t, "(?m)^date: .*$", "date: 2022-05-05T05:05:00Z"));
        versions.Add(Build("date"));
        Tag(1); Tag(2);
        versions.Add(Build("topic on two"));
        Tag(3);
        versions.Add(Build("topic on three"));
        Tag(4); Tag(5);
        versions.Add(Build("topic on five"));
        File.WriteAllText(Path.Combine(_s.Site.Input, "zz-added.txt"),
            Regex.Replace(originals[files[30]], "(?m)^title: \"", "title: \"Added: "));
        versions.Add(Build("added"));
        File.Delete(files[0]);
        versions.Add(Build("deleted"));
        foreach (var (file, text) in originals) File.WriteAllText(file, text);
        File.Delete(Path.Combine(_s.Site.Input, "zz-added.txt"));
        versions.Add(Build("restored"));

        var sameKey = 0;
        var otherKey = 0;
        for (var a = 0; a < versions.Count; a++)
        for (var b = a + 1; b < versions.Count; b++)
        foreach (var (path, (key, bytes)) in versions[a].Pages)
        {
            if (!versions[b].Pages.TryGetValue(path, out var other)) continue;
            if (other.Key == key)
            {
                sameKey++;
                Assert.True(other.Bytes == bytes, $"{path}: same key in '{versions[a].Name}' and '{versions[b].Name}', other bytes");
            }
            else otherKey++;
        }
        // Both kinds occur often: the check is not empty, and keys do tell versions apart.
        Assert.True(sameKey > 1000 && otherKey > 100, $"{sameKey} pairs with the same key, {otherKey} with another");
        // Restored files give the first version's keys again.
        Assert.Equal(versions[0].Pages, versions[^1].Pages);
    }
}

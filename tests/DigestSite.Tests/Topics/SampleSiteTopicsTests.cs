using DigestSite.Configuration;
using DigestSite.Inspection;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Topics;

/// <summary>
/// The sample site (input/ and statiq.yml of the repository) as a reader sees its topics: no topic page with one
/// digest, no junk in the main navigation, and `inspect` giving every digest the topics the build gave it.
/// </summary>
public sealed class SampleSiteTopicsTests : IDisposable
{
    private readonly TempSite _site = new(File.ReadAllText(Path.Combine(Repo.Root, "statiq.yml")));
    private readonly Build.BuildResult _result;

    public SampleSiteTopicsTests()
    {
        foreach (var f in Directory.GetFiles(Path.Combine(Repo.Root, "input"), "*.txt")) _site.CopyDigest(f);
        _result = _site.Build();
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_topic_page_holds_at_least_two_digests()
    {
        Assert.NotEmpty(_result.Site!.Topics);
        Assert.All(_result.Site!.Topics, t => Assert.True(t.Digests.Length >= 2, $"topic '{t.Topic.Name}' has a page with one digest"));
    }

    [Fact]
    public void The_navigation_holds_no_junk()
    {
        var nav = Html.Parse(_site.ReadOutput("index.html")).QuerySelectorAll("header nav a").Select(a => a.TextContent.Trim()).ToList();
        Assert.NotEmpty(nav);
        string[] junk = ["Earth", "Peru", "Guinea", "CHF", "EU", "lowest level", "single tourist", "plant", "rules", "tools", "sandbox", "used", "team"];
        Assert.DoesNotContain(nav, junk.Contains);
        var all = _result.Site!.Digests.SelectMany(d => d.Topics).Select(t => t.Name).ToHashSet();
        Assert.DoesNotContain(all, junk.Contains);
    }

    [Fact]
    public void Inspect_reports_the_topics_the_build_gave_every_digest()
    {
        var config = ConfigLoader.LoadFromSite(_site.Dir, out _);
        var files = Directory.GetFiles(_site.Input, "*.txt").Order(StringComparer.Ordinal).ToList();
        var reports = DigestReport.For(files, config, _site.Dir);
        foreach (var (file, report) in files.Zip(reports))
        {
            var built = _result.Site!.Digests.Single(d => d.SourcePath == "input/" + Path.GetFileName(file));
            Assert.Equal(built.Topics.Select(t => (t.Name, t.Slug)), report.Topics.Select(t => (t.Name, t.Slug)));
            Assert.All(report.Topics, t => Assert.Contains(t.Kind, new[] { "subject", "place", "entity", "frontMatter" }));
            Assert.All(report.Topics, t => Assert.False(string.IsNullOrEmpty(t.Evidence)));
        }
    }
}

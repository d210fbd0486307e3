using DigestSite.Tests.Support;

namespace DigestSite.Tests.EndToEnd;

/// <summary>The foundation's "done when": the seed and the 12 samples build into a complete, valid site.</summary>
public class SampleSiteBuildTests : IDisposable
{
    private readonly TempSite _site = new("site:\n  title: \"Sample News\"\n");
    private readonly Build.BuildResult _result;

    public SampleSiteBuildTests()
    {
        _site.CopyDigest(Repo.SeedFile);
        foreach (var f in Repo.SampleFiles) _site.CopyDigest(f);
        _result = _site.Build();
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Builds_without_errors_and_writes_13_digest_pages()
    {
        Assert.True(_result.ExitCode == 0, string.Join("\n", _result.Diagnostics));
        var digestPages = Directory.GetFiles(Path.Combine(_site.Output, "digests"), "index.html", SearchOption.AllDirectories);
        Assert.Equal(13, digestPages.Length);
        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "topics", "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "assets", "style.css")));
    }

    [Fact]
    public void Seed_page_carries_its_title_and_labels_in_the_contract_hooks()
    {
        var doc = Html.Parse(_site.ReadOutput("digests/japan-offers-full-support-to-india-in-fight-against-terrorism/index.html"));

        Assert.Equal("Japan offers 'full support' to India in fight against terrorism", doc.QuerySelector("article[data-digest] h1[data-title]")!.TextContent);
        Assert.Equal(["What's the story", "Terrorism concerns", "Japan's position", "Defense collaboration"],
            doc.QuerySelectorAll("section[data-section] [data-label]").Select(e => e.TextContent));
        Assert.Equal(3, doc.QuerySelectorAll("section[data-section] [data-headline]").Length);
        Assert.Equal(14, doc.QuerySelectorAll("section[data-section] p:not([data-label])").Length);
        Assert.NotNull(doc.QuerySelector("time[datetime]"));
        Assert.NotNull(doc.QuerySelector("link[rel=canonical]"));
        Assert.NotNull(doc.QuerySelector("meta[property='og:title']"));
        Assert.Contains("\"NewsArticle\"", doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
    }

    [Fact]
    public void Every_digest_page_links_to_its_topics_with_rel_tag_and_the_topic_pages_exist()
    {
        var topicPages = Directory.GetDirectories(Path.Combine(_site.Output, "topics"));
        Assert.True(topicPages.Length >= 2, $"only {topicPages.Length} topic pages");
        foreach (var page in Directory.GetFiles(Path.Combine(_site.Output, "digests"), "index.html", SearchOption.AllDirectories))
        {
            var tags = Html.Parse(File.ReadAllText(page)).QuerySelectorAll("a[rel=tag]");
            Assert.True(tags.Length > 0, $"{page} has no topic links");
            foreach (var tag in tags)
            {
                // A topic with a page links to it; one with a single digest links to a search for it.
                var href = tag.GetAttribute("href")!;
                if (href.StartsWith("/search/?q=")) continue;
                Assert.StartsWith("/topics/", href);
                Assert.True(File.Exists(Path.Combine(_site.Output, href.TrimStart('/'), "index.html")), $"{href} does not exist");
            }
        }
    }

    [Fact]
    public void Seed_topics_come_from_the_text()
    {
        var seed = _result.Site!.Digests.Single(d => d.Title.StartsWith("Japan offers"));
        var names = seed.Topics.Select(t => t.Name).ToList();
        Assert.Contains("Japan", names);
        Assert.Contains("India", names);
        Assert.Contains("Pakistan", names);
    }

    [Fact]
    public void Home_and_topic_pages_list_digests_as_summaries()
    {
        var home = Html.Parse(_site.ReadOutput("index.html"));
        Assert.Equal(13, home.QuerySelectorAll("article[data-digest-summary]").Length);
        // The most covered topic (a topic gets a page with two digests or more).
        var top = _result.Site!.Topics[0];
        var page = Html.Parse(_site.ReadOutput($"topics/{top.Topic.Slug}/index.html"));
        Assert.Equal(top.Digests.Length, page.QuerySelectorAll("article[data-digest-summary]").Length);
        var index = Html.Parse(_site.ReadOutput("topics/index.html"));
        Assert.Contains(index.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/topics/{top.Topic.Slug}/");
    }

    [Fact]
    public void Building_twice_gives_byte_identical_files()
    {
        var first = Directory.GetFiles(_site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        var again = _site.Build();
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(first.Count, again.Stats.Unchanged + 1); // + the manifest, rewritten each time
        foreach (var (path, bytes) in first) Assert.Equal(bytes, File.ReadAllBytes(path));
    }
}

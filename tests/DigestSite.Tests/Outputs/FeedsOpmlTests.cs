using System.Xml;
using System.Xml.Linq;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Outputs;

/// <summary><c>/feeds.opml</c>: an OPML 2.0 document listing the site feed and every topic feed, its text escaped.</summary>
public sealed class FeedsOpmlTests : IDisposable
{
    private readonly TempSite _site = new("""
        site:
          title: "Harbour <News> & \"Views\""
          baseUrl: "https://opml.example.org/news/"
        topics:
          minDigests: 1 # a topic page (and feed) for every topic
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Lists_the_site_feed_and_every_topic_feed_as_valid_escaped_opml()
    {
        _site.AddDigest("a.txt", OutputSites.Digest("Ferry fares fall for island pensioners", "2026-11-20", ["Ferries", "Pensions"]));
        _site.AddDigest("b.txt", OutputSites.Digest("Lighthouse keepers vote to keep night shifts", "2026-11-21", ["Lighthouses"]));
        var result = _site.Build();
        Assert.True(result.Errors == 0, string.Join("\n", result.Diagnostics));

        var path = Path.Combine(_site.Output, "feeds.opml");
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var opml = XDocument.Load(reader).Root!;
        Assert.Equal("opml", opml.Name.LocalName);
        Assert.Equal("2.0", (string?)opml.Attribute("version"));
        Assert.Equal("Feeds of Harbour <News> & \"Views\"", opml.Element("head")!.Element("title")!.Value);

        var feeds = opml.Element("body")!.Descendants("outline").Where(o => o.Attribute("xmlUrl") is not null).ToList();
        Assert.All(feeds, f => Assert.Equal("rss", (string?)f.Attribute("type")));
        var topicFeeds = result.Files.Select(f => f.Path).Where(p => p.StartsWith("topics/", StringComparison.Ordinal) && p.EndsWith("/feed.xml", StringComparison.Ordinal))
            .Select(p => "https://opml.example.org/news/" + p).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("https://opml.example.org/news/topics/lighthouses/feed.xml", topicFeeds);
        Assert.True(topicFeeds.Count >= 2, string.Join(", ", topicFeeds));
        var urls = feeds.Select(f => (string)f.Attribute("xmlUrl")!).ToList();
        Assert.Equal("https://opml.example.org/news/feed.xml", urls[0]);
        Assert.Equal(topicFeeds, urls.Skip(1).Order(StringComparer.Ordinal));
        Assert.Equal("Harbour <News> & \"Views\"", (string?)feeds[0].Attribute("title"));
        Assert.Equal("https://opml.example.org/news/", (string?)feeds[0].Attribute("htmlUrl"));
        Assert.Contains(feeds, f => (string?)f.Attribute("text") == "Lighthouses · Harbour <News> & \"Views\""
            && (string?)f.Attribute("htmlUrl") == "https://opml.example.org/news/topics/lighthouses/");

        // Escaped, not merely well-formed by luck: the raw bytes carry no bare markup from the title.
        var raw = File.ReadAllText(path);
        Assert.DoesNotContain("<News>", raw);
        Assert.Contains("Harbour &lt;News&gt; &amp;", raw);
    }
}

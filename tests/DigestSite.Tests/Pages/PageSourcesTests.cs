using DigestSite.Pages;
using DigestSite.Site;
using DigestSite.Tests.Outputs;
using DigestSite.Tests.Support;
using Xunit;

namespace DigestSite.Tests.Pages;

/// <summary>The source key of a page changes with what the page shows and with nothing else.</summary>
public sealed class PageSourcesTests : IDisposable
{
    private static readonly string[] Shared = ["Ports", "Ferries", "Weather", "Fishing", "Tides", "Harbours"];
    private readonly TempSite _site = new("topics:\n  auto: false\n  minDigests: 1\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_topic_that_gains_or_loses_its_page_changes_the_keys_of_the_pages_that_show_its_digests_topics_only()
    {
        // Six topics on both digests (the main navigation in either case), one on the first only.
        _site.AddDigest("a.txt", OutputSites.Digest("Harbour cranes return after storm repairs", "2026-11-20", [.. Shared, "Cranes"]));
        _site.AddDigest("b.txt", OutputSites.Digest("Ferry timetable shared by three towns", "2026-11-21", Shared));
        // A digest with no topic and words of its own: nothing related, and its neighbour (b) shows only a title
        // and a link.
        _site.AddDigest("c.txt", """
            ---
            date: 2026-11-22
            ---
            Library opens a night reading room
            What's the story
            Readers may borrow novels until midnight from Friday, the librarian announced.
            Volunteers staff the desk; students welcome quiet tables after their lectures.
            """);
        var built = _site.Build(o => o with { Write = false });
        var withPage = built.Site!;
        var withoutPage = SiteModel.Create(withPage.Config with { Topics = withPage.Config.Topics with { MinDigests = 2 } },
            withPage.Routes.BaseUrl, withPage.Digests);
        Assert.True(withPage.Topics.Any(t => t.Topic.Name == "Cranes") && withoutPage.Topics.All(t => t.Topic.Name != "Cranes"));

        var keysWith = Keys(withPage);
        var keysWithout = Keys(withoutPage);

        Assert.NotEqual(keysWith["digests/harbour-cranes-return-after-storm-repairs/index.html"],
            keysWithout["digests/harbour-cranes-return-after-storm-repairs/index.html"]);
        // b lists a among its related digests, with a's topics.
        Assert.NotEqual(keysWith["digests/ferry-timetable-shared-by-three-towns/index.html"],
            keysWithout["digests/ferry-timetable-shared-by-three-towns/index.html"]);
        Assert.Equal(keysWith["digests/library-opens-a-night-reading-room/index.html"],
            keysWithout["digests/library-opens-a-night-reading-room/index.html"]);
    }

    private static Dictionary<string, string> Keys(SiteModel site) =>
        DigestPages.Plan(site, new ViewFactory(site)).ToDictionary(j => j.OutputPath, j => Convert.ToHexString(j.SourceKey!));
}

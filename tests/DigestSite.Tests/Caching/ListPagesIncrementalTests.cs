using System.Text.RegularExpressions;
using Xunit;

namespace DigestSite.Tests.Caching;

/// <summary>
/// List pages (home, topics, archive months, the indexes, search, 404) are reused by an incremental build when
/// their source keys are unchanged. After each kind of change to what they show, the incremental build gives
/// the bytes a cold build gives; and the changes do reach list pages (each step checks that the change is on
/// them), while pages that do not show the changed digest are not rendered again.
/// </summary>
public sealed class ListPagesIncrementalTests : IDisposable
{
    private readonly IncrementalSite _s = new();

    public ListPagesIncrementalTests() =>
        // Four to a page: the home page, archive months and topics have several pages each.
        File.WriteAllText(Path.Combine(_s.Site.Dir, "statiq.yml"), "pageSize: 4\ntopics:\n  minDigests: 2\n");

    public void Dispose() => _s.Dispose();

    private string[] Generated => _s.Digests.Where(f => File.ReadAllText(f).StartsWith("---", StringComparison.Ordinal)).ToArray();

    private static void Edit(string file, Func<string, string> change)
    {
        var before = File.ReadAllText(file);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(file, after);
    }

    private static string FrontMatter(string text, string key, string value) =>
        Regex.Replace(text, $"(?m)^{key}: .*$", $"{key}: {value}");

    private static string AddToFrontMatter(string text, string line) => text.Replace("\n---\n", $"\n{line}\n---\n");

    /// <summary>The list pages (not digest pages) of the incremental output that contain <paramref name="text"/>.</summary>
    private string[] ListPagesShowing(string text) =>
        Directory.GetFiles(_s.IncrementalOutput, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}digests{Path.DirectorySeparatorChar}"))
            .Where(f => File.ReadAllText(f).Contains(text, StringComparison.Ordinal))
            .ToArray();

    [Fact]
    public void Changes_to_what_a_card_shows_give_what_a_cold_build_gives()
    {
        var first = _s.BuildBothAndCompare();
        var digest = Generated[7];

        // Title: the home page and its archive month list it (its topics' pages too, where its topics have pages:
        // this digest's front-matter topics, Ethiopia and Sweden, are on no other digest).
        Edit(digest, t => Regex.Replace(t, "(?m)^title: \"", "title: \"Harbour pilots strike: "));
        var retitled = _s.BuildBothAndCompare();
        Assert.True(ListPagesShowing("Harbour pilots strike: ").Length >= 2);
        Assert.InRange(retitled.Stats.Rendered, 3, first.Stats.Pages / 2);

        // Summary: the start of the story's first paragraph, then one the editor writes.
        Edit(digest, t => t.Replace("What's the story\n", "What's the story\nQuayside cranes stood idle all week. "));
        _s.BuildBothAndCompare();
        Assert.NotEmpty(ListPagesShowing("Quayside cranes stood idle all week."));
        Edit(digest, t => AddToFrontMatter(t, "summary: \"Pilots walked out over night shifts.\""));
        _s.BuildBothAndCompare();
        Assert.NotEmpty(ListPagesShowing("Pilots walked out over night shifts."));

        // Kicker: front matter section (else the digest's main subject).
        Edit(digest, t => AddToFrontMatter(t, "section: \"Dockside voices\""));
        _s.BuildBothAndCompare();
        Assert.NotEmpty(ListPagesShowing("Dockside voices"));

        // An image shows on the digest page only; a text edit further down shows on no card.
        Edit(digest, t => AddToFrontMatter(t, "image: /images/pilots.jpg"));
        _s.BuildBothAndCompare();
        Edit(digest, t => t.TrimEnd('\n') + " A sentence added at the end.\n");
        _s.BuildBothAndCompare();

        // Topics: one added on two digests (its page, and a chip on their cards), then taken from one (the page
        // goes, and the chip from the other's cards).
        Edit(digest, t => t.Replace("topics: [", "topics: [\"Harbour Pilots\", "));
        Edit(Generated[8], t => t.Replace("topics: [", "topics: [\"Harbour Pilots\", "));
        _s.BuildBothAndCompare();
        Assert.True(File.Exists(Path.Combine(_s.IncrementalOutput, "topics", "harbour-pilots", "index.html")));
        Edit(Generated[8], t => t.Replace("topics: [\"Harbour Pilots\", ", "topics: ["));
        _s.BuildBothAndCompare();
        Assert.False(File.Exists(Path.Combine(_s.IncrementalOutput, "topics", "harbour-pilots", "index.html")));

        // Date: within its month (its place in the lists), then into another year.
        Edit(digest, t => FrontMatter(t, "date", Regex.Match(t, "(?m)^date: (\\d{4}-\\d\\d)-").Groups[1].Value + "-27T23:59:00Z"));
        _s.BuildBothAndCompare();
        Edit(digest, t => FrontMatter(t, "date", "2021-06-15T08:00:00Z"));
        _s.BuildBothAndCompare();
        Assert.NotEmpty(ListPagesShowing("June 2021"));
    }

    [Fact]
    public void Digests_added_and_removed_shift_pagination_as_a_cold_build_does()
    {
        var first = _s.BuildBothAndCompare();
        var template = File.ReadAllText(Generated[3]);
        string Added(int n) => Path.Combine(_s.Site.Input, $"zz-added-{n}.txt");
        void Add(int n, string date) => File.WriteAllText(Added(n),
            FrontMatter(Regex.Replace(template, "(?m)^title: \"", $"title: \"Added number {n}: "), "date", date));

        // A digest near the top moves most digests down one place on the home pages.
        Add(1, "2026-11-27T09:00:00Z");
        var one = _s.BuildBothAndCompare();
        Assert.Equal(first.Stats.Digests + 1, one.Stats.Digests);

        // The newest digest (dated the build's "now", first of its date by slug) is among the latest on the
        // 404 page; then it goes again.
        var newest = Path.Combine(_s.Site.Input, "zz-newest.txt");
        File.WriteAllText(newest, FrontMatter(Regex.Replace(template, "(?m)^title: \"", "title: \"Aardvark census: "),
            "date", "2026-11-28T12:00:00Z"));
        _s.BuildBothAndCompare();
        Assert.Contains("Aardvark census: ", File.ReadAllText(Path.Combine(_s.IncrementalOutput, "404.html")));
        File.Delete(newest);
        _s.BuildBothAndCompare();

        // Five in a month of their own: the month has two pages, the home list one more digest on each page.
        for (var n = 2; n <= 6; n++) Add(n, $"2022-03-0{n}T09:00:00Z");
        var six = _s.BuildBothAndCompare();
        var march = Path.Combine(_s.IncrementalOutput, "archive", "2022", "03");
        Assert.True(File.Exists(Path.Combine(march, "page", "2", "index.html")));
        Assert.True(six.Stats.Pages > one.Stats.Pages);

        // And away again: the month's second page goes, its first page's pagination bar too, and the home
        // list shortens.
        File.Delete(Added(6));
        _s.BuildBothAndCompare();
        Assert.False(File.Exists(Path.Combine(march, "page", "2", "index.html")));
        File.Delete(Generated[0]);
        File.Delete(Added(1));
        _s.BuildBothAndCompare();
    }

    [Fact]
    public void Topics_crossing_their_thresholds_give_what_a_cold_build_gives()
    {
        File.WriteAllText(Path.Combine(_s.Site.Dir, "statiq.yml"), "pageSize: 4\ntopics:\n  minDigests: 3\n");
        var generated = Generated;
        void Tag(string file) => Edit(file, t => t.Replace("topics: [", "topics: [\"Lighthouse Keepers\", "));
        void Untag(string file) => Edit(file, t => t.Replace("topics: [\"Lighthouse Keepers\", ", "topics: ["));
        var keepers = Path.Combine("topics", "lighthouse-keepers");

        Tag(generated[1]);
        Tag(generated[2]);
        _s.BuildBothAndCompare();
        Assert.False(Directory.Exists(Path.Combine(_s.IncrementalOutput, keepers)));

        // A third digest gives the topic its page: the cards of all three (home, archive, other topics) link it,
        // and the topic index and search page list it.
        Tag(generated[3]);
        _s.BuildBothAndCompare();
        Assert.True(File.Exists(Path.Combine(_s.IncrementalOutput, keepers, "index.html")));
        Assert.True(ListPagesShowing(">Lighthouse Keepers</a>").Length >= 4);

        // A fifth digest gives it a second page; one fewer takes it away.
        Tag(generated[4]);
        Tag(generated[5]);
        _s.BuildBothAndCompare();
        Assert.True(File.Exists(Path.Combine(_s.IncrementalOutput, keepers, "page", "2", "index.html")));
        // A sixth, older than all others, goes on the second page: the first page lists the same digests, under
        // another count.
        Edit(generated[6], t => Regex.Replace(t, "(?m)^date: .*$", "date: 2000-01-01T00:00:00Z"));
        Tag(generated[6]);
        _s.BuildBothAndCompare();
        Assert.Contains("6 digests", File.ReadAllText(Path.Combine(_s.IncrementalOutput, keepers, "index.html")));
        Untag(generated[6]);
        Untag(generated[5]);
        _s.BuildBothAndCompare();
        Assert.False(File.Exists(Path.Combine(_s.IncrementalOutput, keepers, "page", "2", "index.html")));

        // On most digests it becomes a main topic (the navigation of every page); then it loses its page.
        foreach (var file in generated[5..30]) Tag(file);
        var main = _s.BuildBothAndCompare();
        Assert.Contains(main.Site!.Topics.Take(6), t => t.Topic.Name == "Lighthouse Keepers");
        foreach (var file in generated[1..30]) Untag(file);
        _s.BuildBothAndCompare();
        Assert.False(Directory.Exists(Path.Combine(_s.IncrementalOutput, keepers)));
    }

    [Fact]
    public void An_edit_to_a_card_renders_the_pages_that_show_the_digest_and_no_others()
    {
        var first = _s.BuildBothAndCompare();
        var digest = Generated[11];
        Edit(digest, t => AddToFrontMatter(t, "summary: \"Ferry fares are frozen for a year.\""));
        var after = _s.BuildBothAndCompare();
        var slug = after.Site!.Digests.Single(d => d.SourcePath.EndsWith(Path.GetFileName(digest), StringComparison.Ordinal)).Slug;
        var url = after.Site.Routes.BasePath + "digests/" + slug + "/";
        // Its page and the list pages that show its card; perhaps pages that link to it (its related digests
        // show it by identity); nothing else.
        var cards = ListPagesShowing("Ferry fares are frozen for a year.");
        Assert.NotEmpty(cards);
        var linking = Directory.GetFiles(_s.IncrementalOutput, "*.html", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains($"href=\"{url}\"", StringComparison.Ordinal));
        Assert.InRange(after.Stats.Rendered, 1 + cards.Length, 1 + linking);
        Assert.True(after.Stats.Rendered < first.Stats.Pages / 5, $"{after.Stats.Rendered} of {first.Stats.Pages} rendered; {cards.Length} cards, {linking} linking");
    }

    [Fact]
    public void An_edit_to_a_digest_that_leaves_its_card_as_it_was_renders_its_page_only()
    {
        _s.BuildBothAndCompare();
        // A sentence more at the end: its summary (the start of the story), title, date and topics are as they
        // were, so are the lists, its neighbours and the digests that list it as related.
        Edit(Generated[11], t => t.TrimEnd('\n') + " A sentence added at the very end.\n");
        var after = _s.BuildBothAndCompare();
        Assert.Equal(1, after.Stats.Rendered);
    }

}

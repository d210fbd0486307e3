namespace DigestSite.Tests.Themes;

/// <summary>A digest page: kicker, title, standfirst, date and reading time, sections, topic chips, source,
/// related digests and the way to the previous and next digest.</summary>
public sealed class DigestPageTests(ThemeSite fixture) : IClassFixture<ThemeSite>
{
    private static string PathOf(string slug) => $"digests/{slug}/index.html";

    [Fact]
    public void The_header_shows_kicker_title_standfirst_date_and_reading_time()
    {
        var header = fixture.Page(PathOf(ThemeSite.Newest)).QuerySelector("article[data-digest] > header")!;
        Assert.Equal("Repair crews", header.QuerySelector(".kicker")!.TextContent);
        Assert.Equal("Harbour cranes return after storm repairs", header.QuerySelector("h1[data-title]")!.TextContent);
        Assert.Equal(ThemeSite.Standfirst, header.QuerySelector(".standfirst")!.TextContent);
        var time = header.QuerySelector(".meta time[datetime]")!;
        Assert.Equal(("2026-11-20T00:00:00+00:00", "20 November 2026"), (time.GetAttribute("datetime"), time.TextContent));
        Assert.Equal("1 min read", header.QuerySelector(".reading-time")!.TextContent);
    }

    [Fact]
    public void Reading_time_follows_the_length_of_the_digest()
    {
        // About 630 words at 220 a minute.
        Assert.Equal("3 min read", fixture.Page(PathOf(ThemeSite.Middle)).QuerySelector(".reading-time")!.TextContent);
    }

    [Fact]
    public void Without_an_editors_summary_there_is_no_standfirst_repeating_the_first_paragraph()
    {
        Assert.Null(fixture.Page(PathOf(ThemeSite.Middle)).QuerySelector(".standfirst"));
    }

    [Fact]
    public void Sections_show_their_label_and_headline_and_the_story_is_labelled_only()
    {
        var sections = fixture.Page(PathOf(ThemeSite.Newest)).QuerySelectorAll("article[data-digest] section[data-section]");
        Assert.Equal(2, sections.Length);
        Assert.Equal("What's the story", sections[0].QuerySelector("h2[data-label]")!.TextContent);
        Assert.Null(sections[0].QuerySelector("[data-headline]"));
        Assert.Equal("Repair crews", sections[1].QuerySelector("[data-label]")!.TextContent);
        Assert.Equal("Welders worked through the night", sections[1].QuerySelector("h2[data-headline]")!.TextContent);
    }

    [Fact]
    public void Topic_chips_link_to_the_topic_pages_with_rel_tag()
    {
        var chips = fixture.Page(PathOf(ThemeSite.Middle)).QuerySelectorAll(".digest-footer .chips a[rel=tag]");
        Assert.Equal([("Weather", "/topics/weather/"), ("Rail", "/topics/rail/"), ("Ports", "/topics/ports/")],
            chips.Select(a => (a.TextContent, a.GetAttribute("href"))));
    }

    [Fact]
    public void The_source_is_linked_by_its_host_when_known_and_absent_otherwise()
    {
        var source = fixture.Page(PathOf(ThemeSite.Newest)).QuerySelector(".digest-footer .source a")!;
        Assert.Equal((ThemeSite.Source, "news.example.org"), (source.GetAttribute("href"), source.TextContent));
        Assert.Null(fixture.Page(PathOf(ThemeSite.Middle)).QuerySelector(".source"));
    }

    [Fact]
    public void Related_digests_link_to_similar_digests()
    {
        var related = fixture.Page(PathOf(ThemeSite.Middle)).QuerySelector("aside.related")!;
        Assert.Equal("related-heading", related.GetAttribute("aria-labelledby"));
        var links = related.QuerySelectorAll("li > a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.Contains($"/digests/{ThemeSite.Newest}/", links);
        Assert.DoesNotContain($"/digests/{ThemeSite.Middle}/", links);
        // The most similar first: the newest shares two topics and most words (the library digest, no topic, may follow).
        Assert.Equal($"/digests/{ThemeSite.Newest}/", links[0]);
        foreach (var item in related.QuerySelectorAll("li"))
            Assert.NotNull(item.QuerySelector("time[datetime]"));
    }

    [Fact]
    public void Previous_and_next_lead_to_the_older_and_the_newer_digest()
    {
        string? Href(string slug, string which) =>
            fixture.Page(PathOf(slug)).QuerySelector($"nav.neighbours a.{which}")?.GetAttribute("href");

        Assert.Equal("/digests/night-trains-link-three-capitals-again/", Href(ThemeSite.Middle, "newer"));
        Assert.Equal("/digests/library-opens-reading-rooms-late-on-weekdays/", Href(ThemeSite.Middle, "older"));
        Assert.Null(Href(ThemeSite.Newest, "newer"));
        Assert.Null(Href(ThemeSite.Oldest, "older"));
        var nav = fixture.Page(PathOf(ThemeSite.Middle)).QuerySelector("nav.neighbours")!;
        Assert.Equal(["← Previous", "Next →"], nav.QuerySelectorAll(".neighbour-label").Select(s => s.TextContent));
        Assert.False(string.IsNullOrEmpty(nav.GetAttribute("aria-label")));
    }
}

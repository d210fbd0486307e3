using DigestSite.Content;
using DigestSite.Enrichment;
using DigestSite.Tests.Support;
using static DigestSite.Tests.Content.DigestText;

namespace DigestSite.Tests.Content;

public class FrontMatterAndDateTests
{
    private static string WithFrontMatter(params string[] keys) => Lines(["---", .. keys, "---", "", .. Standard]);

    [Fact]
    public void Every_known_key_is_read_and_front_matter_wins_over_the_body()
    {
        var digest = Ok(Parse(WithFrontMatter(
            "Title: \"A better title\"", "date: 2026-03-21T09:30:00+02:00", "topics: [Trade, Ghana, trade]", "source: https://example.org/a",
            "summary: Two neighbours, one border post.", "image: /img/aflao.jpg", "imageAlt: The new post", "draft: yes", "slug: Aflao Post")));
        var fm = digest.FrontMatter;
        Assert.Equal("A better title", digest.Title);
        Assert.Equal(new DateTime(2026, 3, 21, 9, 30, 0), fm.Date!.Value);
        Assert.Equal(TimeSpan.FromHours(2), fm.Date.Offset);
        Assert.Equal(["Trade", "Ghana"], fm.Topics.ToArray());
        Assert.Equal("https://example.org/a", fm.Source);
        Assert.Equal("Two neighbours, one border post.", fm.Summary);
        Assert.Equal("/img/aflao.jpg", fm.Image);
        Assert.True(fm.Draft);
        Assert.Equal("Aflao Post", fm.Slug);
    }

    [Fact]
    public void A_front_matter_title_may_stand_in_for_the_title_line()
    {
        var digest = Ok(Parse(Lines(["---", "title: From the front matter", "---", .. Standard[1..]])));
        Assert.Equal("From the front matter", digest.Title);
        Assert.Equal(3, digest.Sections.Length);
    }

    [Theory]
    [InlineData("2026-03-21", 2026, 3, 21, 0, 0, null)]
    [InlineData("2026-03-21T09:30", 2026, 3, 21, 9, 30, null)]
    [InlineData("2026-03-21 09:30:15", 2026, 3, 21, 9, 30, null)]
    [InlineData("2026-03-21T09:30:00Z", 2026, 3, 21, 9, 30, 0)]
    [InlineData("2026-03-21T09:30:00.123-05:00", 2026, 3, 21, 9, 30, -300)]
    [InlineData("21 March 2026", 2026, 3, 21, 0, 0, null)]
    [InlineData("March 21, 2026", 2026, 3, 21, 0, 0, null)]
    public void Dates_and_date_times_are_read(string raw, int y, int mo, int d, int h, int mi, int? offsetMinutes)
    {
        Assert.True(FrontMatterDates.TryParse(raw, out var date));
        Assert.Equal(new DateTime(y, mo, d, h, mi, 0), date.Value.AddTicks(-(date.Value.Ticks % TimeSpan.TicksPerMinute)));
        Assert.Equal(offsetMinutes is null ? null : TimeSpan.FromMinutes(offsetMinutes.Value), date.Offset);
    }

    [Theory]
    [InlineData("03/04/2026")]
    [InlineData("2026-02-30")]
    [InlineData("2026-13-01")]
    [InlineData("2026-03-21T25:00")]
    [InlineData("yesterday")]
    public void Ambiguous_or_impossible_dates_are_refused(string raw) => Assert.False(FrontMatterDates.TryParse(raw, out _));

    [Fact]
    public void Unknown_keys_are_warnings_with_their_line()
    {
        var result = Parse(WithFrontMatter("title: T", "mood: calm"));
        Ok(result);
        var warning = Assert.Single(Warnings(result));
        Assert.Equal(3, warning.Line);
        Assert.Contains("mood", warning.Message);
    }

    [Fact]
    public void Dates_come_from_front_matter_then_file_name_then_modification_time_in_the_site_zone()
    {
        using var site = new TempSite("site:\n  timezone: \"Europe/Berlin\"\n");
        site.AddDigest("a.txt", WithFrontMatter("title: From front matter", "date: 2026-03-21T09:30"));
        site.AddDigest("2026-03-22-b.txt", Lines(["From the file name", .. Standard[1..]]));
        var guessed = site.AddDigest("c.txt", Lines(["From the clock", .. Standard[1..]]));
        File.SetLastWriteTimeUtc(guessed, new DateTime(2026, 3, 23, 12, 0, 0, DateTimeKind.Utc));

        var result = site.Build();

        var dates = result.Site!.Digests.ToDictionary(d => d.Title, d => (d.Date, d.DateSource));
        Assert.Equal(new DateTimeOffset(2026, 3, 21, 9, 30, 0, TimeSpan.FromHours(1)), dates["From front matter"].Date);
        Assert.Equal(new DateTimeOffset(2026, 3, 22, 0, 0, 0, TimeSpan.FromHours(1)), dates["From the file name"].Date);
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 12, 0, 0, TimeSpan.Zero), dates["From the clock"].Date);
        Assert.Equal(TimeSpan.FromHours(1), dates["From the clock"].Date.Offset);
        Assert.Contains(result.Diagnostics, d => d.Path == "input/c.txt" && d.Message.Contains("modification time"));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Drafts_and_future_digests_are_skipped_unless_asked_for()
    {
        using var site = new TempSite();
        site.AddDigest("2026-03-01-now.txt", Lines(Standard));
        site.AddDigest("draft.txt", WithFrontMatter("title: A draft", "date: 2026-03-02", "draft: true"));
        site.AddDigest("future.txt", WithFrontMatter("title: From the future", "date: 2027-01-01"));

        var plain = site.Build(o => o with { Write = false });
        var drafts = site.Build(o => o with { Write = false, Drafts = true });
        var future = site.Build(o => o with { Write = false, Future = true });
        var both = site.Build(o => o with { Write = false, Drafts = true, Future = true });

        Assert.Equal(["Ghana and Togo open a shared border post"], plain.Site!.Digests.Select(d => d.Title));
        Assert.Contains("A draft", drafts.Site!.Digests.Select(d => d.Title));
        Assert.DoesNotContain("From the future", drafts.Site.Digests.Select(d => d.Title));
        Assert.Contains("From the future", future.Site!.Digests.Select(d => d.Title));
        Assert.DoesNotContain("A draft", future.Site.Digests.Select(d => d.Title));
        Assert.Equal(3, both.Site!.Digests.Length);
        Assert.Equal(0, plain.ExitCode);
    }

    [Fact]
    public void A_modification_time_ahead_of_the_clock_dates_the_digest_now_and_does_not_hold_it_back()
    {
        using var site = new TempSite();
        var file = site.AddDigest("undated.txt", WithFrontMatter("title: Written on a fast clock"));
        var now = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
        File.SetLastWriteTimeUtc(file, now.UtcDateTime.AddDays(2));

        var result = site.Build(o => o with { Write = false, Now = now });

        var digest = Assert.Single(result.Site!.Digests);
        Assert.Equal(now, digest.Date);
        Assert.Equal(DateSource.ModificationTime, digest.DateSource);
        Assert.Contains(result.Diagnostics, d => d.Path == "input/undated.txt" && d.Message.Contains("modification time"));
    }
}

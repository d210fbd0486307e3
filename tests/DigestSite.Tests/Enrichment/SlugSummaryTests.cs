using DigestSite.Enrichment;
using DigestSite.Tests.Support;
using static DigestSite.Tests.Content.DigestText;

namespace DigestSite.Tests.Enrichment;

public class SlugSummaryTests
{
    [Theory]
    [InlineData("São Tomé signs a fair-price cocoa deal", "sao-tome-signs-a-fair-price-cocoa-deal")]
    [InlineData("Japan's 'full support' for India", "japans-full-support-for-india")]
    [InlineData("Kraków: Wawel Castle reopens!", "krakow-wawel-castle-reopens")]
    [InlineData("Ελληνικά νέα", "ellinika-nea")]
    [InlineData("?!", "")]
    public void Slugs_are_ascii_lower_case_and_hyphenated(string title, string slug) => Assert.Equal(slug, Slug.From(title));

    [Fact]
    public void Long_slugs_are_cut_at_a_word_boundary_within_80_characters()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("Ghana and Togo open a shared border post", 5)));
        Assert.True(slug.Length <= 80);
        Assert.StartsWith("ghana-and-togo-open-a-shared-border-post-ghana", slug);
        Assert.False(slug.EndsWith('-'));
        Assert.Contains(slug.Split('-')[^1], new[] { "ghana", "and", "togo", "open", "a", "shared", "border", "post" });
    }

    [Fact]
    public void Collisions_get_numbers_in_input_path_order_and_front_matter_slugs_win()
    {
        using var site = new TempSite();
        site.AddDigest("2026-03-03-c.txt", Lines(Standard));
        site.AddDigest("2026-03-01-a.txt", Lines(Standard));
        site.AddDigest("2026-03-02-b.txt", Lines(Standard));
        site.AddDigest("2026-03-04-d.txt", Lines(["---", "slug: Own Slug", "---", .. Standard]));

        var result = site.Build(o => o with { Write = false });

        var slugs = result.Site!.Digests.ToDictionary(d => d.SourcePath, d => d.Slug);
        Assert.Equal("ghana-and-togo-open-a-shared-border-post", slugs["input/2026-03-01-a.txt"]);
        Assert.Equal("ghana-and-togo-open-a-shared-border-post-2", slugs["input/2026-03-02-b.txt"]);
        Assert.Equal("ghana-and-togo-open-a-shared-border-post-3", slugs["input/2026-03-03-c.txt"]);
        Assert.Equal("own-slug", slugs["input/2026-03-04-d.txt"]);
    }

    [Fact]
    public void The_summary_is_the_front_matter_one_else_the_first_sentence_cut_at_a_word()
    {
        var plain = Ok(Parse(Lines(Standard)));
        Assert.Equal(Standard[2], Summary.Of(plain));

        var withSummary = Ok(Parse(Lines(["---", "summary: Short and sweet.", "---", .. Standard])));
        Assert.Equal("Short and sweet.", Summary.Of(withSummary));

        var lines = Standard.ToArray();
        lines[2] = "Ghana and Togo have opened a **joint** border post at [Aflao](https://example.org). Dr. Mensah said so.";
        Assert.Equal("Ghana and Togo have opened a joint border post at Aflao.", Summary.Of(Ok(Parse(Lines(lines)))));

        var longText = string.Join(' ', Enumerable.Repeat("officials said crossing times would fall", 12)) + ".";
        lines[2] = longText;
        var summary = Summary.Of(Ok(Parse(Lines(lines))));
        Assert.True(summary.Length <= Summary.MaxLength);
        Assert.EndsWith("…", summary);
        Assert.StartsWith(summary[..^1], longText);
        Assert.Equal(' ', longText[summary.Length - 1]); // cut where a word ended
    }

    [Fact]
    public void Reading_time_grows_with_the_words_and_is_at_least_a_minute()
    {
        Assert.Equal(1, Summary.ReadingMinutes(Ok(Parse(Lines(Standard)))));
        var lines = Standard.ToList();
        for (var i = 0; i < 100; i++) lines.Add("Officials said crossing times for lorries would fall from days to hours.");
        Assert.Equal(6, Summary.ReadingMinutes(Ok(Parse(Lines([.. lines])))));
    }
}

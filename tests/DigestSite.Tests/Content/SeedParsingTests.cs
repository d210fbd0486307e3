using DigestSite.Content;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Content;

public class SeedParsingTests
{
    [Fact]
    public void Seed_parses_into_exactly_its_four_sections()
    {
        var result = DigestParser.Parse(File.ReadAllBytes(Repo.SeedFile), "seed.txt", ".txt");

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        var digest = result.Digest!;
        Assert.Equal("Japan offers 'full support' to India in fight against terrorism", digest.Title);
        Assert.Equal(["What's the story", "Terrorism concerns", "Japan's position", "Defense collaboration"],
            digest.Sections.Select(s => s.Label));
        Assert.Equal(["Singh highlights Pakistan's role in promoting terrorism", "Japan's unwavering stance against terrorism",
            "Strengthening defense ties and industrial cooperation"], digest.Sections.Skip(1).Select(s => s.Headline));
        Assert.Equal("", digest.Story.Headline);
        Assert.Equal([4, 4, 3, 3], digest.Sections.Select(s => s.Paragraphs.Length));
        Assert.StartsWith("Japanese Defense Minister General Nakatani", digest.Story.Paragraphs[0]);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error));
    }

    [Fact]
    public void Front_matter_title_date_topics_and_source_are_read()
    {
        var text = "---\ntitle: \"Harbour reopens\"\ndate: 2026-03-04\ntopics: [Ports, Norway]\nsource: https://example.org/a\n---\n" +
                   "Harbour reopens after storm\nWhat's the story\nThe harbour in the town reopened on Monday after repairs.\n";
        var result = DigestParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "a.txt", ".txt");

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        var fm = result.Digest!.FrontMatter;
        Assert.Equal("Harbour reopens", result.Digest.Title);
        Assert.Equal(new DateTime(2026, 3, 4), fm.Date!.Value);
        Assert.Equal(["Ports", "Norway"], fm.Topics.AsEnumerable());
        Assert.Equal("https://example.org/a", fm.Source);
        Assert.Equal(7, result.Digest.TitleLine);
    }

    [Fact]
    public void A_missing_story_marker_is_an_error_with_its_line()
    {
        var text = "A title\nSomething else entirely.\n";
        var result = DigestParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "bad.txt", ".txt");

        Assert.False(result.Ok);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(2, error.Line);
        Assert.Contains("What's the story", error.Message);
    }
}

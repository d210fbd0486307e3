using static DigestSite.Tests.Content.DigestText;

namespace DigestSite.Tests.Content;

public class MarkdownDigestTests
{
    private static string Md(params string[] lines) => string.Join("\n", lines) + "\n";

    [Fact]
    public void Label_and_headline_headings_map_to_sections_and_markup_becomes_plain_text()
    {
        var result = Parse(Md(
            "---", "title: \"Ghana and Togo open a shared border post\"", "date: 2026-03-01T10:00:00Z", "tags: [\"Ghana\", \"Togo\"]", "---", "",
            "## What's the story", "",
            "Ghana and **Togo** have opened a [joint post](https://example.org) at `Aflao`.", "",
            "Officials said crossing times would fall", "from days to hours.", "",
            "## Trade impact", "", "### Traders expect *cheaper* goods?", "",
            "- Market traders said prices would fall.", "- Customs officers will share one building.", "",
            "> A trader said it was \"about time.\""), "input/ghana.md");
        var digest = Ok(result);
        Assert.Equal("Ghana and Togo open a shared border post", digest.Title);
        Assert.Equal([("What's the story", "", 2), ("Trade impact", "Traders expect cheaper goods?", 3)], Shape(digest));
        // A paragraph keeps its inline Markdown (rendered on the page), in the form a plain-text digest holds it.
        Assert.Equal("Ghana and **Togo** have opened a [joint post](<https://example.org>) at `Aflao`.", digest.Story.Paragraphs[0]);
        Assert.Equal("Officials said crossing times would fall from days to hours.", digest.Story.Paragraphs[1]);
        Assert.Equal(["Ghana", "Togo"], digest.FrontMatter.Topics.ToArray());
        Assert.Empty(Warnings(result));
    }

    [Fact]
    public void Raw_html_is_never_passed_through()
    {
        var result = Parse(Md(
            "# Ghana and Togo open a shared border post", "",
            "## What's the story", "",
            "<script>alert('x')</script>", "",
            "Ghana and Togo opened a <b>joint</b> post at <img src=x onerror=alert(1)>Aflao.", "",
            "<div>", "A block of raw HTML", "</div>"), "input/ghana.md");
        var digest = Ok(result);
        Assert.Equal("Ghana and Togo open a shared border post", digest.Title);
        var all = string.Join(" ", digest.Story.Paragraphs);
        Assert.DoesNotContain("<", all);
        Assert.DoesNotContain("alert", all);
        Assert.Equal("Ghana and Togo opened a joint post at Aflao.", Assert.Single(digest.Story.Paragraphs));
        Assert.Contains(Warnings(result), w => w.Message.Contains("raw HTML"));
    }

    [Fact]
    public void A_markdown_file_in_the_plain_layout_is_read_as_plain_text()
    {
        var digest = Ok(Parse(Lines(Standard), "input/ghana.md"));
        Assert.Equal(3, digest.Sections.Length);
        Assert.Equal("Traders expect cheaper goods", digest.Sections[1].Headline);
    }

    [Theory]
    [InlineData("## Trade impact\n\n### Headline\n\nText.\n", 1, "missing '## What's the story'")]
    [InlineData("---\ntitle: T\n---\n## What's the story\n\nText.\n\n## Trade impact\n\nText without headline.\n", 8, "has no headline")]
    [InlineData("## What's the story\n\nText.\n", 1, "missing title")]
    [InlineData("---\ntitle: T\n---\n## What's the story\n\n## Trade impact\n### H\nText.\n", 4, "has no paragraphs")]
    public void Structural_mistakes_are_errors_with_their_line(string text, int line, string message)
    {
        var error = SingleError(Parse(text, "input/bad.md"));
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }
}

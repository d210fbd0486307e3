using System.Text;
using static DigestSite.Tests.Content.DigestText;

namespace DigestSite.Tests.Content;

/// <summary>The same digest, saved the ways editors' tools save text, must be understood the same way.</summary>
public class LayoutRobustnessTests
{
    private static readonly (string, string, int)[] StandardShape =
    [
        ("What's the story", "", 2),
        ("Trade impact", "Traders expect cheaper goods", 2),
        ("Next steps", "More posts planned along the coast", 1),
    ];

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Line_endings_do_not_matter(string newline)
    {
        var digest = Ok(Parse(string.Join(newline, Standard) + newline));
        Assert.Equal(StandardShape, Shape(digest));
        Assert.Equal("Ghana and Togo open a shared border post", digest.Title);
        Assert.DoesNotContain(digest.Sections.SelectMany(s => s.Paragraphs), p => p.Contains('\r'));
    }

    [Fact]
    public void A_mix_of_line_endings_and_no_final_newline_is_fine()
    {
        var text = string.Concat(Standard.Select((l, i) => l + (i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r")));
        var result = Parse(text.TrimEnd('\r', '\n'));
        Assert.Equal(StandardShape, Shape(Ok(result)));
        Assert.Empty(Warnings(result));
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_part_of_the_title()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Lines(Standard))).ToArray();
        var digest = Ok(ParseBytes(bytes));
        Assert.Equal("Ghana and Togo open a shared border post", digest.Title);
        Assert.Equal(StandardShape, Shape(digest));
    }

    [Fact]
    public void A_utf16_file_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Lines(Standard))).ToArray();
        Assert.Equal(StandardShape, Shape(Ok(ParseBytes(bytes))));
    }

    [Fact]
    public void Blank_and_whitespace_only_lines_anywhere_carry_no_meaning()
    {
        var lines = new List<string> { "", "   ", "\t" };
        foreach (var line in Standard) lines.AddRange([line, " \t ", ""]);
        var result = Parse(Lines([.. lines]));
        Assert.Equal(StandardShape, Shape(Ok(result)));
        Assert.Empty(Warnings(result));
    }

    [Fact]
    public void Leading_and_trailing_spaces_and_invisible_characters_are_trimmed()
    {
        var lines = Standard.Select((l, i) => (i % 2 == 0 ? "  " : "\u200B") + l + "   \t").ToArray();
        var digest = Ok(Parse(Lines(lines)));
        Assert.Equal(StandardShape, Shape(digest));
        Assert.Equal("Trade impact", digest.Sections[1].Label);
        Assert.Equal("Ghana and Togo have opened a joint border post at Aflao to speed up trade.", digest.Story.Paragraphs[0]);
    }

    [Fact]
    public void Text_is_normalised_to_NFC()
    {
        var decomposed = "Lome\u0301 traders welcome the border post";
        var lines = Standard.ToArray();
        lines[0] = decomposed;
        var digest = Ok(Parse(Lines(lines)));
        Assert.Equal("Lomé traders welcome the border post", digest.Title);
        Assert.True(digest.Title.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("The minister said the post was \"a new start.\"")]
    [InlineData("The minister said the post was “a new start.”")]
    [InlineData("Will the lorries really move faster?")]
    [InlineData("Will it work, asked one trader, \"or is it just paint?\"")]
    [InlineData("It is the first such post in West Africa!")]
    [InlineData("The post cost $4 million (about €3.7 million).")]
    [InlineData("Officials expect 2,000 lorries a day (up from 1,200)")]
    [InlineData("Officials said more would follow…")]
    public void Paragraphs_may_end_in_any_sentence_ending(string paragraph)
    {
        var lines = Standard.ToList();
        lines.Insert(7, paragraph);
        var result = Parse(Lines([.. lines]));
        var digest = Ok(result);
        Assert.Equal([("What's the story", "", 2), ("Trade impact", "Traders expect cheaper goods", 3),
            ("Next steps", "More posts planned along the coast", 1)], Shape(digest));
        Assert.Equal(paragraph, digest.Sections[1].Paragraphs[1]);
        Assert.Empty(Warnings(result));
    }

    [Fact]
    public void A_digest_may_have_only_the_story_section()
    {
        var result = Parse(Lines(Standard[..4]));
        Assert.Equal([("What's the story", "", 2)], Shape(Ok(result)));
        Assert.Empty(Warnings(result));
    }

    [Fact]
    public void Sections_may_have_one_or_many_paragraphs()
    {
        var lines = Standard[..6].ToList();
        for (var i = 0; i < 12; i++) lines.Add($"Paragraph number {i + 1} of the trade section says something plain.");
        lines.AddRange(["Outlook", "One paragraph only", "The border post opens to cars next month."]);
        var digest = Ok(Parse(Lines([.. lines])));
        Assert.Equal([("What's the story", "", 2), ("Trade impact", "Traders expect cheaper goods", 12),
            ("Outlook", "One paragraph only", 1)], Shape(digest));
    }

    [Fact]
    public void A_very_long_title_is_kept_whole()
    {
        var title = string.Join(' ', Enumerable.Repeat("Ghana and Togo open a shared border post", 12)) + " in a ceremony at Aflao";
        var lines = Standard.ToArray();
        lines[0] = title;
        var digest = Ok(Parse(Lines(lines)));
        Assert.Equal(title, digest.Title);
        Assert.True(digest.Title.Length > 450);
    }

    [Theory]
    [InlineData("What’s the story")]
    [InlineData("WHAT'S THE STORY")]
    [InlineData("What's the story?")]
    [InlineData("What's the story:")]
    [InlineData("Whats the story")]
    public void The_story_line_may_be_spelled_as_editors_do(string marker)
    {
        var lines = Standard.ToArray();
        lines[1] = marker;
        var digest = Ok(Parse(Lines(lines)));
        Assert.Equal("What's the story", digest.Story.Label);
        Assert.Equal(StandardShape, Shape(digest));
    }

    [Fact]
    public void Line_numbers_count_physical_lines_whatever_the_line_endings()
    {
        var lines = Standard.ToList();
        lines.Insert(8, "Read the full report here"); // line 9 in the file, a paragraph without a full stop
        var text = "\r\n" + string.Join("\r", lines.Take(5)) + "\r\n" + string.Join("\n", lines.Skip(5));
        var result = Parse(text);
        var warning = Assert.Single(Warnings(result));
        Assert.Equal(10, warning.Line); // one blank line first
    }
}

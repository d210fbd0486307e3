using static DigestSite.Tests.Content.DigestText;

namespace DigestSite.Tests.Content;

/// <summary>
/// Lines whose shape alone could mislead: the layout's order (label, headline, paragraphs) decides, and every
/// doubtful decision is a warning on its line.
/// </summary>
public class AmbiguousLineTests
{
    private static string[] Digest(params string[] afterStory) =>
    [
        "Ghana and Togo open a shared border post",
        "What's the story",
        "Ghana and Togo have opened a joint border post at Aflao to speed up trade.",
        .. afterStory,
    ];

    [Fact]
    public void A_short_paragraph_without_final_punctuation_stays_a_paragraph_when_a_section_follows()
    {
        var result = Parse(Lines(Digest(
            "More details to follow",
            "Trade impact",
            "Traders expect cheaper goods",
            "Market traders in Lomé said the change would cut the price of imported food.")));
        Assert.Equal([("What's the story", "", 2), ("Trade impact", "Traders expect cheaper goods", 1)], Shape(Ok(result)));
        var warning = Assert.Single(Warnings(result));
        Assert.Equal(4, warning.Line);
        Assert.Contains("read as a paragraph", warning.Message);
    }

    [Fact]
    public void A_long_paragraph_without_final_punctuation_stays_a_paragraph()
    {
        var result = Parse(Lines(Digest(
            "Trade impact",
            "Traders expect cheaper goods",
            "Market traders in Lomé said the change would cut the price of imported food by a tenth",
            "Customs officers will share one building and one set of checks.")));
        Assert.Equal([("What's the story", "", 1), ("Trade impact", "Traders expect cheaper goods", 2)], Shape(Ok(result)));
        Assert.Equal(6, Assert.Single(Warnings(result)).Line);
    }

    [Fact]
    public void Unpunctuated_closing_lines_such_as_a_byline_are_paragraphs_not_an_error()
    {
        var result = Parse(Lines(Digest(
            "Trade impact",
            "Traders expect cheaper goods",
            "Market traders in Lomé said the change would cut the price of imported food.",
            "Reporting by Ama Mensah",
            "Editing by Kofi Boateng")));
        Assert.Equal([("What's the story", "", 1), ("Trade impact", "Traders expect cheaper goods", 3)], Shape(Ok(result)));
        Assert.Equal([7, 8], Warnings(result).Select(w => w.Line));
    }

    [Theory]
    [InlineData("Can the new post end the queues?")]
    [InlineData("Will traders really save money?")]
    [InlineData("Why now?")]
    public void A_headline_may_end_in_a_question_mark(string headline)
    {
        var result = Parse(Lines(Digest(
            "Trade impact",
            headline,
            "Market traders in Lomé said the change would cut the price of imported food.",
            "Customs officers will share one building and one set of checks.")));
        Assert.Equal([("What's the story", "", 1), ("Trade impact", headline, 2)], Shape(Ok(result)));
        Assert.Empty(Warnings(result));
    }

    [Fact]
    public void A_question_label_is_still_a_label()
    {
        var result = Parse(Lines(Digest(
            "What's next?",
            "Three more posts by 2028",
            "The two governments plan three more joint posts along the coast by 2028.")));
        Assert.Equal([("What's the story", "", 1), ("What's next?", "Three more posts by 2028", 1)], Shape(Ok(result)));
    }

    [Theory]
    [InlineData("Background:", "Background")]
    [InlineData("Q&A: costs", "Q&A: costs")]
    [InlineData("Trade impact :", "Trade impact")]
    public void A_label_may_carry_a_colon(string label, string expected)
    {
        var result = Parse(Lines(Digest(
            label,
            "Traders expect cheaper goods",
            "Market traders in Lomé said the change would cut the price of imported food.")));
        Assert.Equal([("What's the story", "", 1), (expected, "Traders expect cheaper goods", 1)], Shape(Ok(result)));
        Assert.Empty(Warnings(result));
    }

    [Fact]
    public void Numbers_quotes_and_colons_in_labels_and_headlines()
    {
        var result = Parse(Lines(Digest(
            "2026 outlook",
            "Trade to rise 12% as queues shrink",
            "The ministry expects trade across the border to rise by 12% next year.",
            "In their words",
            "“We have waited twenty years for this”",
            "A trader in Aflao said the queues had cost her business for two decades.",
            "By the numbers",
            "Inflation: what the figures say",
            "Food prices in Lomé rose 4.2% last year, according to the statistics office.")));
        Assert.Equal([
            ("What's the story", "", 1),
            ("2026 outlook", "Trade to rise 12% as queues shrink", 1),
            ("In their words", "“We have waited twenty years for this”", 1),
            ("By the numbers", "Inflation: what the figures say", 1),
        ], Shape(Ok(result)));
        Assert.Empty(Warnings(result));
    }

    [Fact]
    public void A_headline_with_a_final_full_stop_is_a_headline_with_a_warning()
    {
        var result = Parse(Lines(Digest(
            "Trade impact",
            "Traders expect cheaper goods.",
            "Market traders in Lomé said the change would cut the price of imported food.",
            "Customs officers will share one building and one set of checks.")));
        Assert.Equal([("What's the story", "", 1), ("Trade impact", "Traders expect cheaper goods.", 2)], Shape(Ok(result)));
        var warning = Assert.Single(Warnings(result));
        Assert.Equal(5, warning.Line);
        Assert.Contains("full stop", warning.Message);
    }

    [Fact]
    public void A_label_without_a_headline_is_reported_on_its_line()
    {
        var result = Parse(Lines(Digest(
            "Customs officers will share one building and one set of checks.",
            "Trade impact",
            "Market traders in Lomé said the change would cut the price of imported food by a tenth, and hoped that the queues of lorries at Aflao would soon be gone.",
            "Customs officers will share one building and one set of checks.")));
        Ok(result);
        var warning = Assert.Single(Warnings(result));
        Assert.Equal(5, warning.Line);
        Assert.Contains("looks like a section label", warning.Message);
    }

    [Fact]
    public void A_short_paragraph_that_is_a_full_sentence_is_never_a_label()
    {
        var result = Parse(Lines(Digest(
            "It worked.",
            "Trade impact",
            "Traders expect cheaper goods",
            "Market traders in Lomé said the change would cut the price of imported food.")));
        Assert.Equal([("What's the story", "", 2), ("Trade impact", "Traders expect cheaper goods", 1)], Shape(Ok(result)));
        Assert.Empty(Warnings(result));
    }

    [Fact]
    public void Paragraphs_ending_in_question_marks_do_not_start_sections()
    {
        var result = Parse(Lines(Digest(
            "Is the new post enough?",
            "Trade impact",
            "Who pays for it?",
            "Market traders in Lomé said the change would cut the price of imported food.",
            "Is the deal fair?",
            "Officials said both countries would share the cost equally.")));
        Assert.Equal([("What's the story", "", 2), ("Trade impact", "Who pays for it?", 3)], Shape(Ok(result)));
    }

    [Fact]
    public void Consecutive_sections_with_single_short_paragraphs()
    {
        var result = Parse(Lines(Digest(
            "Trade",
            "Cheaper goods",
            "Prices fell.",
            "Travel",
            "Shorter queues",
            "Queues shrank.",
            "Outlook",
            "More posts",
            "Three are planned.")));
        Assert.Equal([("What's the story", "", 1), ("Trade", "Cheaper goods", 1), ("Travel", "Shorter queues", 1),
            ("Outlook", "More posts", 1)], Shape(Ok(result)));
    }

    [Fact]
    public void A_second_story_line_becomes_a_label_with_a_warning()
    {
        var result = Parse(Lines(Digest(
            "What's the story",
            "The background to the deal",
            "Talks on a joint post began in 2019 and stalled twice.")));
        Assert.Equal([("What's the story", "", 1), ("What's the story", "The background to the deal", 1)], Shape(Ok(result)));
        Assert.Contains(Warnings(result), w => w.Line == 4);
    }

    [Theory]
    [InlineData("How it is laid out")]
    [InlineData("What it means for you")]
    public void Labels_of_five_or_six_words_are_labels_without_a_warning(string label)
    {
        var result = Parse(Lines(Digest(
            label,
            "Sections follow the story, each with a label and a headline",
            "A section starts with a short label on a line of its own, a few words without a full stop.")));
        Assert.Equal([("What's the story", "", 1), (label, "Sections follow the story, each with a label and a headline", 1)], Shape(Ok(result)));
        Assert.Empty(Warnings(result));
    }

    [Fact]
    public void A_long_label_is_still_read_from_the_order_but_warned_about()
    {
        var result = Parse(Lines(Digest(
            "How the new joint border post will actually work",
            "One building, one set of checks",
            "Customs officers from both countries will share one building and one set of checks.")));
        Assert.Equal("How the new joint border post will actually work", Ok(result).Sections[1].Label);
        Assert.Equal(4, Assert.Single(Warnings(result)).Line);
    }
}

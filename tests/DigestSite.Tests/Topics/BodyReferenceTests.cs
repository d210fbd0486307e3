namespace DigestSite.Tests.Topics;

/// <summary>A body a story names once in full and then calls by its head noun ("the board") is mentioned each
/// time, so it can be a topic though its name appears once; when two bodies of the digest share the head noun,
/// the reference could be either and counts for neither.</summary>
public class BodyReferenceTests
{
    private static string[] Digest(params string[] body) =>
    [
        "Smaller catches on Lake Malawi",
        "What's the story",
        "Fishing crews on the southern shore of Lake Malawi landed a third less chambo this year than last.",
        "Crews say the water is warmer and the fish have moved deeper.",
        "THE RULES",
        "A closed season is planned",
        .. body,
    ];

    [Fact]
    public void A_body_called_the_board_after_its_full_name_is_a_topic()
    {
        var topics = OneDigestTopics.Of(Digest(
            "The Southern Region Fisheries Board proposed a closed season from November to January.",
            "The board said it would pay crews a small allowance while boats stay ashore.",
            "Fishers' groups asked the board to start the closed season later."));
        Assert.Contains("Southern Region Fisheries Board", topics);
    }

    [Fact]
    public void The_same_body_named_once_without_references_is_not_a_topic()
    {
        var topics = OneDigestTopics.Of(Digest(
            "The Southern Region Fisheries Board proposed a closed season from November to January.",
            "Crews would be paid a small allowance while boats stay ashore.",
            "Fishers' groups asked for the closed season to start later."));
        Assert.DoesNotContain("Southern Region Fisheries Board", topics);
    }

    [Fact]
    public void Two_boards_share_the_reference_and_neither_gains()
    {
        var topics = OneDigestTopics.Of(Digest(
            "The Southern Region Fisheries Board proposed a closed season from November to January.",
            "The Shire Valley Water Board said lower lake levels also cut its intake.",
            "The board said it would pay crews a small allowance while boats stay ashore.",
            "Fishers' groups asked the board to start the closed season later."));
        Assert.DoesNotContain("Southern Region Fisheries Board", topics);
        Assert.DoesNotContain("Shire Valley Water Board", topics);
    }
}

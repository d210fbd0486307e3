namespace DigestSite.Tests.Topics;

/// <summary>A body a story names once in full and then calls by its head noun ("the board") is mentioned each
/// time, so it can be a topic though its name appears once; when two bodies of the digest share the head noun,
/// the reference could be either and counts for neither. A body an appositive describes ("X, a small operator of ice
/// plants,") is mentioned by the noun the digest then uses for it ("the company").</summary>
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

    [Fact]
    public void A_body_an_appositive_calls_a_mill_or_an_operator_is_mentioned_as_the_mill_or_the_company()
    {
        var mill = OneDigestTopics.Of(Digest(
            "Chisomo Smokehouse, a family fish-smoking mill on the shore, said it would close for the season.",
            "The mill employs forty people and buys from a hundred boats.",
            "Its owners said the mill would reopen in February."));
        Assert.Contains("Chisomo Smokehouse", mill);

        var company = OneDigestTopics.Of(Digest(
            "Nyasa Cold Chain, a small operator of ice plants, said it would keep running its lorries.",
            "The company sells ice to traders at four landing sites.",
            "The firm said the company would lose a third of its sales."));
        Assert.Contains("Nyasa Cold Chain", company);
    }

    [Fact]
    public void A_person_an_appositive_describes_is_not_mentioned_by_the_nouns_around_them()
    {
        var topics = OneDigestTopics.Of(Digest(
            "Grace Mbewe, a nurse who leads the district team, said children were eating less fish.",
            "The team weighs children at six clinics every month.",
            "The team said it would ask the board for more scales."));
        Assert.DoesNotContain("Grace Mbewe", topics);
    }
}

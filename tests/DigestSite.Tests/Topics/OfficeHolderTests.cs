namespace DigestSite.Tests.Topics;

/// <summary>A person named once is a topic when the digest gives them the title of an office (a minister, a
/// mayor, a chief executive: they speak for a side of the story), not when they are a resident, a student or a
/// name with no title; and only in a slot the story's surer topics leave free.</summary>
public class OfficeHolderTests
{
    [Fact]
    public void A_minister_named_once_is_a_topic_and_a_resident_named_once_is_not()
    {
        var topics = OneDigestTopics.Of(
            "Harbour dues cut for small trawlers",
            "What's the story",
            "Portugal will halve the harbour dues paid by trawlers under twelve metres from January.",
            "Fisheries Minister Carla Nogueira said the change would keep small crews at sea through the winter.",
            "Resident Tomás Ferreira said the quays of Peniche had been half empty all year.",
            "Joaquim Vasconcelos, who runs a net loft, said the cut came too late for many.");
        Assert.Contains("Carla Nogueira", topics);
        Assert.DoesNotContain("Tomás Ferreira", topics);
        Assert.DoesNotContain("Joaquim Vasconcelos", topics);
    }
}

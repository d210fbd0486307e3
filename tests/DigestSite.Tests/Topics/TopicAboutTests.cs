using DigestSite.Configuration;
using DigestSite.Topics;

namespace DigestSite.Tests.Topics;

/// <summary>The sentence a topic page gives about its topic: a country's region from the heading it is listed under in
/// the gazetteer, a place's own description, a subject's definition.</summary>
public class TopicAboutTests
{
    private static readonly TopicAbout About = TopicAbout.For(new TopicSettings());

    [Fact]
    public void A_country_is_said_to_be_in_the_region_it_is_listed_under()
    {
        Assert.Equal("A country in Africa", About.Of("Kenya"));
        Assert.Equal("A country in the Americas", About.Of("Peru"));
        Assert.Equal("A country in Oceania", About.Of("Tonga"));
        Assert.Equal("A country or territory", About.Of("Kosovo"));
    }

    [Fact]
    public void A_place_says_what_it_is_and_a_subject_gives_its_definition()
    {
        Assert.Equal("A city in Poland", About.Of("Kraków"));
        // The places list describes a territory better than a heading can.
        Assert.Equal("An island territory of Denmark", About.Of("Greenland"));
        Assert.Equal("The rise of prices and the cost of living", About.Of("inflation"));
        Assert.Null(About.Of("Zanele Mokoena"));
    }
}

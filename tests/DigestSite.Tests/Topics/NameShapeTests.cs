namespace DigestSite.Tests.Topics;

/// <summary>The name rules of issue 19's seventh pass, each on a digest of its own written for the test: a plural's
/// possessive inside a body's name, "of the" inside one, an acronym that takes more than initials, a body's full
/// name that opens a sentence, a field word after "and" inside one, and a short form beside the full name; then a
/// disease's noun that ends its name, a chamber "of" something and a body's name that begins with a role's word
/// (the tenth pass); a university and a football club named once (the eleventh); two bodies' full names joined by
/// "and", and a body that speaks in the lead (the twelfth); a full name beside a headline's form without its common
/// first word, names that are never topics, an age before a name, a body named after a known body's short name, and
/// a phrase that describes a name after ", the" (the thirteenth).</summary>
public class NameShapeTests
{
    [Fact]
    public void A_plurals_possessive_stays_inside_a_name()
    {
        var topics = OneDigestTopics.Of(
            "Swiss voters keep the licence fee",
            "What's the story",
            "Voters in Switzerland rejected a plan by the Swiss People's Party to halve the broadcast licence fee.",
            "The Swiss People's Party said it would try again. A spokesman for Croatia's Marin Babić declined to comment.");
        Assert.Contains("Swiss People's Party", topics);
        Assert.DoesNotContain("Swiss People", topics);
    }

    [Fact]
    public void Of_the_goes_on_inside_a_bodys_name_and_a_university_of_the_place_is_its_place_too()
    {
        var topics = OneDigestTopics.Of(
            "Turkish lenders brace for another rate cut",
            "What's the story",
            "The Central Bank of the Republic of Turkey cut its main rate for a fourth time on Thursday.",
            "Economists expect the Central Bank of the Republic of Turkey to cut again in January.",
            "Researchers at the University of the Azores said the Azores were not affected.");
        Assert.Contains("Central Bank of the Republic of Turkey", topics);
        Assert.DoesNotContain("Central Bank", topics);
        Assert.DoesNotContain("Republic of Turkey", topics);
    }

    [Fact]
    public void An_acronym_may_take_more_than_the_initials_of_its_name()
    {
        var topics = OneDigestTopics.Of(
            "Observers to count a dwindling catch",
            "What's the story",
            "Trawlers off Namibia will carry observers from the Southeast Atlantic Fisheries Organisation from March, its members agreed on Wednesday.",
            "Scientists at SEAFO said the catch of orange roughy had halved in five years.",
            "The members of SEAFO will meet again in October.");
        Assert.Contains("Southeast Atlantic Fisheries Organisation", topics);
        Assert.DoesNotContain("SEAFO", topics);
    }

    [Fact]
    public void A_bodys_full_name_that_opens_a_sentence_is_still_its_name()
    {
        // "bank" is written in lower case too, so the title's first word could be a common word; the full name
        // ("Bank of ...") keeps it a name, named in the title and again after the lead.
        var topics = OneDigestTopics.Of(
            "Bank of Thailand lifts its rate",
            "What's the story",
            "Bangkok's central bank raised its policy rate by a quarter point on Thursday.",
            "Analysts said the bank would pause in the new year.",
            "The decision",
            "Seven votes to two",
            "Two members of the board said the Bank of Thailand should have waited for the spring.");
        Assert.Contains("Bank of Thailand", topics);
    }

    [Fact]
    public void A_field_word_after_and_ends_a_bodys_name_but_a_name_after_and_is_another_body()
    {
        var topics = OneDigestTopics.Of(
            "Tankers fill in for dry taps in Gqeberha",
            "What's the story",
            "The Department of Water and Sanitation sent 40 tankers to Gqeberha on Monday as reservoirs fell below 10%.",
            "The Department of Water and Sanitation said rationing would last until the rains.",
            "The Bank of England and Barclays were not involved, a spokesman for Barclays added.");
        Assert.Contains("Department of Water and Sanitation", topics);
        Assert.DoesNotContain("Department of Water", topics);
        Assert.DoesNotContain("Bank of England and Barclays", topics);
    }

    [Fact]
    public void Two_bodies_named_in_full_and_joined_by_and_are_two_names()
    {
        var topics = OneDigestTopics.Of(
            "Two councils agree to share one bin service",
            "What's the story",
            "Ceredigion County Council and Gwynedd Council will run one waste collection service from April, saving both about a tenth of its cost.",
            "Ceredigion County Council said crews and lorries would move to a depot near Machynlleth. Gwynedd Council will hire the drivers.",
            "The Bangladesh Garment Manufacturers and Exporters Association was not involved.");
        Assert.Contains("Ceredigion County Council", topics);
        Assert.Contains("Gwynedd Council", topics);
        Assert.DoesNotContain("Ceredigion County Council and Gwynedd Council", topics);
    }

    [Fact]
    public void A_short_form_beside_the_full_name_is_not_a_second_topic()
    {
        var topics = OneDigestTopics.Of(
            "Greens take a ward from Labour in Exeter",
            "What's the story",
            "The Green Party won a council seat in Exeter on Thursday, taking a ward Labour had held for 20 years.",
            "The Greens now hold four of the city's 39 seats.",
            "The Greens said the campaign had been about bus fares. The Green Party's candidate, Ruth Okafor, is a nurse.");
        Assert.Contains("Green Party", topics);
        Assert.DoesNotContain("Greens", topics);
    }

    [Fact]
    public void A_word_of_capitals_that_only_opens_sentences_is_still_a_name()
    {
        // A sentence's opening capital explains one capital, not the three of "VXR".
        var topics = OneDigestTopics.Of(
            "VXR sales to Chile halve",
            "What's the story",
            "VXR, a maker of mining drills, said on Tuesday that sales to Chile had halved in a year.",
            "Analysts said the drop would weigh on the company's results.");
        Assert.Contains("VXR", topics);
    }

    [Fact]
    public void A_diseases_noun_ends_its_name()
    {
        var topics = OneDigestTopics.Of(
            "Clinics in Edo brace for the dry season",
            "What's the story",
            "Health workers in Edo State reported 41 cases of Lassa fever in January, twice as many as a year ago.",
            "Lassa fever spreads through food touched by rats, and cases rise in the dry months.",
            "Doctors said most Lassa patients who were treated early recovered.");
        Assert.Contains("Lassa fever", topics);
        Assert.DoesNotContain("Lassa", topics);
    }

    [Fact]
    public void A_chamber_of_something_is_one_name()
    {
        var topics = OneDigestTopics.Of(
            "Lawmakers in Mexico pass a smaller electoral body",
            "What's the story",
            "The Chamber of Deputies voted on Tuesday to cut the electoral institute's budget by a fifth.",
            "The Chamber of Deputies sent the bill to the Senate, where the governing party has a majority.");
        Assert.Contains("Chamber of Deputies", topics);
        Assert.DoesNotContain("Chamber", topics);
        Assert.DoesNotContain("Deputies", topics);
    }

    [Fact]
    public void A_bodys_name_may_begin_with_a_roles_word()
    {
        var topics = OneDigestTopics.Of(
            "Vietnam's factory shipments jump again",
            "What's the story",
            "Vietnam's exports rose by a fifth in May, the General Statistics Office said, led by phones and furniture.",
            "The General Statistics Office said shipments to the United States grew fastest.",
            "General Tran Van Minh, who heads the army's trading arm, said General Tran Van Minh's firms would hire more.");
        Assert.Contains("General Statistics Office", topics);
        Assert.DoesNotContain("Statistics Office", topics);
        Assert.Contains("Tran Van Minh", topics);
    }

    [Fact]
    public void A_university_and_a_football_club_named_once_in_the_lead_are_bodies()
    {
        var topics = OneDigestTopics.Of(
            "Kenyan side wins approval for a bigger ground",
            "What's the story",
            "Councillors in Nairobi approved plans by Gor Mahia FC on Tuesday to add 5,000 seats to its ground.",
            "Engineers from Strathmore University will check the design before work starts in June.",
            "Supporters said the club had waited a decade.");
        Assert.Contains("Gor Mahia FC", topics);
        Assert.Contains("Strathmore University", topics);
    }

    [Fact]
    public void A_body_that_speaks_in_the_lead_is_a_topic_but_a_person_quoted_once_is_not()
    {
        var topics = OneDigestTopics.Of(
            "Peruvian prices rise at the slowest pace in four years",
            "What's the story",
            "Consumer prices in Peru rose 1.4% in the year to October, the slowest pace since 2022, INEI said on Friday.",
            "Food and fuel were cheaper than a year earlier. Rosa Quispe said her market stall sold more rice again.",
            "Economists expect the central bank to cut its rate in December. Ana María de la Cruz said bread cost the same.");
        Assert.Contains("INEI", topics);
        Assert.DoesNotContain("Rosa Quispe", topics);
        Assert.DoesNotContain("Ana María de la Cruz", topics);
    }

    [Fact]
    public void A_name_whose_first_word_is_common_at_a_headlines_start_keeps_its_full_form()
    {
        // "square" is written in lower case too, so the headline's "Square" may be the sentence's capital: the
        // headline gives "Kilometre Array", the body the full name, once each.
        var topics = OneDigestTopics.Of(
            "Radio telescope in the Karoo finds a flashing remnant",
            "What's the story",
            "Astronomers using MeerKAT in South Africa found a dead star that flashes every 20 minutes, they said on Monday.",
            "MeerKAT's dishes cover an area larger than a town square.",
            "What comes next",
            "Square Kilometre Array to look for more",
            "MeerKAT will be folded into the Square Kilometre Array, being built on the same site.");
        Assert.Contains("Square Kilometre Array", topics);
        Assert.DoesNotContain("Kilometre Array", topics);
    }

    [Fact]
    public void An_abbreviation_of_a_common_noun_and_the_adjective_of_either_Korea_are_not_topics()
    {
        var topics = OneDigestTopics.Of(
            "Korean girl group adds stadium dates",
            "What's the story",
            "The South Korean girl group Aespa added eight stadium shows after its tour sold out, its label said.",
            "It is a step taken by few acts in Korean pop music. DNA tests on the tickets were not needed.",
            "DNA was the name of an earlier tour.");
        Assert.DoesNotContain("Korean", topics);
        Assert.DoesNotContain("DNA", topics);
        Assert.Contains("popular music", topics);
    }

    [Fact]
    public void An_age_before_a_name_is_not_part_of_it()
    {
        var topics = OneDigestTopics.Of(
            "Fifteen-year-old Tara Whitcombe wins the national chess title",
            "What's the story",
            "Fifteen-year-old Tara Whitcombe won the national chess championship in Dunedin on Sunday, the youngest winner in its history.",
            "Whitcombe beat the holder in the last round. The 15-year-old Whitcombe said she would play in Europe next year.");
        Assert.Contains("Tara Whitcombe", topics);
        Assert.DoesNotContain("Fifteen-year-old Tara Whitcombe", topics);
    }

    [Fact]
    public void A_body_named_after_a_known_bodys_short_name_is_not_that_body()
    {
        var topics = OneDigestTopics.Of(
            "UN members weigh a woman for the top job",
            "What's the story",
            "Three candidates to lead the United Nations answered questions from member states in New York on Tuesday.",
            "One of them once ran UN Women, and another heads a UN agency in Geneva. The UN has never been led by a woman.",
            "The vote",
            "The Security Council picks first",
            "The Security Council will hold straw polls from July, and the UN General Assembly then votes.");
        Assert.Contains("United Nations", topics);
        Assert.DoesNotContain("UN Women", topics);
    }

    [Fact]
    public void A_phrase_that_describes_a_name_after_the_is_not_a_name_of_its_own()
    {
        var topics = OneDigestTopics.Of(
            "Malawi adds a malaria jab for infants",
            "What's the story",
            "Malawi will give a malaria vaccine to children under two from March, paid for by Gavi, the Vaccine Alliance, the health ministry said.",
            "The Kenya Medical Research Institute, the country's main research body, found the vaccine cut severe cases by half.",
            "Nurses in Malawi will give the jab at clinics.");
        Assert.DoesNotContain("Vaccine Alliance", topics);
        Assert.Contains("Kenya Medical Research Institute", topics);
    }

    [Fact]
    public void Abbreviations_words_of_everyday_things_and_days_of_the_week_are_not_topics()
    {
        var topics = OneDigestTopics.Of(
            "Fraudsters empty phone wallets with swapped SIM cards",
            "What's the story",
            "Police in Mombasa say a gang emptied 400 mobile wallets by persuading shop staff to issue new SIM cards in their owners' names.",
            "Each new SIM let the gang reset the wallet's PIN. A SIM swap now needs a fingerprint, the regulator said.",
            "Clinics",
            "Vans bring X-ray machines to villages",
            "The same county sends vans with X-ray machines to villages on Saturdays; the X-ray results reach doctors in minutes.",
            "The vans also go out on Sundays in the rainy season, and on Saturdays a nurse rides along.");
        Assert.DoesNotContain("SIM", topics);
        Assert.DoesNotContain("X-ray", topics);
        Assert.DoesNotContain(topics, t => t.StartsWith("Saturday") || t.StartsWith("Sunday"));
    }

    [Fact]
    public void An_alliance_for_something_is_one_name_and_the_alliance_calls_it_back()
    {
        var topics = OneDigestTopics.Of(
            "A new party courts traders before the vote",
            "What's the story",
            "A political association held its founding convention in Lagos on Saturday and promised to field candidates for governor.",
            "The group, which calls itself the Alliance for Civic Renewal, has applied to register as a party.",
            "The alliance says it has 40,000 members, and the alliance's leaders toured markets on Sunday.");
        Assert.Contains("Alliance for Civic Renewal", topics);
        Assert.DoesNotContain("Civic Renewal", topics);
    }
}

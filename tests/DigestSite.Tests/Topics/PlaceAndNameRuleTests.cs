using DigestSite.Topics;

namespace DigestSite.Tests.Topics;

/// <summary>The place and name rules of issue 19's sixth pass, each on a digest of its own written for the test:
/// a country inside a longer country's name, a capital named once, a people's name, a body's name across "and", a
/// town beside its council, a short form of two capitals; and of the eighth, a city the gazetteer knows only as its
/// country's alias; and of the ninth, a region whose description in places.tsv names its country; and of the eleventh,
/// a city of the story's country weighed apart from that country, and a capital, which is not; and of the fifteenth, an
/// event named in the lead (a fair too), the one country a digest names, once near the top, and two bodies joined by
/// "and".</summary>
public class PlaceAndNameRuleTests
{
    [Fact]
    public void South_Africa_is_not_Africa_and_a_capital_named_once_is_not_its_country()
    {
        var topics = OneDigestTopics.Of(
            "Brussels watches as South Africa opens its skies to satellite broadband",
            "What's the story",
            "South Africa's telecoms regulator has licensed two satellite internet operators, it said on Monday.",
            "The European Commission said it would watch the rollout.",
            "The regulator said rural schools in South Africa would be connected first.");
        Assert.Contains("South Africa", topics);
        Assert.DoesNotContain("Africa", topics);
        Assert.DoesNotContain("Belgium", topics);
    }

    [Fact]
    public void A_peoples_name_counts_for_its_place()
    {
        var topics = OneDigestTopics.Of(
            "Tasmanians vote on a new stadium",
            "What's the story",
            "Voters in Tasmania will decide in May whether the state should borrow for a stadium in Hobart.",
            "Polls suggest most Tasmanians oppose the plan.");
        Assert.Contains("Tasmania", topics);
        Assert.DoesNotContain("Tasmanians", topics);
    }

    [Fact]
    public void A_bodys_name_runs_across_and_and_its_acronym_merges_with_it()
    {
        var topics = OneDigestTopics.Of(
            "Kenyan flower growers lose orders",
            "What's the story",
            "The Kenya Flower Growers and Exporters Association (KFGEA) said on Monday that orders from Europe had fallen by a third.",
            "KFGEA chair Jane Wambui said farms in Naivasha had cut shifts.",
            "Buyers",
            "KFGEA said the fall followed new rules on pesticide residues.");
        Assert.Contains("Kenya Flower Growers and Exporters Association", topics);
        Assert.DoesNotContain("Exporters Association", topics);
        Assert.DoesNotContain("KFGEA", topics);
    }

    [Fact]
    public void Two_names_joined_by_and_stay_two_names()
    {
        var topics = OneDigestTopics.Of(
            "Norwegian and Spanish developers win wind leases",
            "What's the story",
            "Equinor and Iberdrola each won one seabed lease off the north coast, the auction's organisers said.",
            "Equinor said it would build its site first.",
            "Iberdrola said its site would follow in 2031.");
        Assert.DoesNotContain(topics, t => t.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_town_named_beside_its_council_is_a_topic_of_its_own_and_a_short_form_of_two_capitals_is_not()
    {
        var topics = OneDigestTopics.Of(
            "Dundee households face a steeper bill",
            "What's the story",
            "Dundee City Council has approved a rise of nine per cent in council tax from April.",
            "Council leader Mark Flynn said the GP surgeries and libraries of the city would stay open.",
            "A GP said the surgeries were already full.");
        Assert.Contains("Dundee", topics);
        Assert.DoesNotContain("GP", topics);
    }

    [Fact]
    public void A_city_the_gazetteer_knows_for_its_country_is_a_place_of_its_own_when_in_the_title()
    {
        var topics = OneDigestTopics.Of(
            "Samarkand opens a paper museum",
            "What's the story",
            "A museum of handmade paper opened in Samarkand on Saturday, in a workshop restored by the city.",
            "Uzbekistan hopes it will draw visitors beyond the old squares.");
        Assert.Contains("Samarkand", topics);
        Assert.Contains("Uzbekistan", topics);

        var durban = OneDigestTopics.Of(
            "Clinic vans hunt for hidden TB in Durban's townships",
            "What's the story",
            "Vans carrying chest X-ray machines began visiting townships around Durban on Monday, looking for people with tuberculosis who have never been tested.",
            "South Africa has one of the highest rates of the disease in the world.");
        Assert.Contains("Durban", durban);
        Assert.Contains("South Africa", durban);
    }

    [Fact]
    public void A_region_is_a_place_of_its_own_and_points_to_the_country_its_description_names()
    {
        var topics = OneDigestTopics.Of(
            "Kerala ferries switch to batteries",
            "What's the story",
            "Twelve electric ferries will run on the backwaters of Kerala by June, the state's water transport department said.",
            "The department said the boats would halve what Kerala spends on fuel for its ferries.");
        Assert.Contains("Kerala", topics);
        Assert.Contains("India", topics);
    }

    [Fact]
    public void Only_a_description_that_ends_in_one_listed_country_ties_a_place_to_it()
    {
        var gazetteer = Gazetteer.Parse("India\tIndian\nPakistan\tPakistani\nUnited Kingdom\tUK\nDemocratic Republic of the Congo\tDRC",
            "Kerala\t\tA state of India\nPunjab\t\tA region of India and Pakistan\nOrkney\tOrcadian\tAn archipelago of the United Kingdom\nAtlantis\t\tA city in Indian legend\n" +
            "Bunia\t\tA city in the Democratic Republic of the Congo");
        Assert.True(gazetteer.TryGetCountry("Kerala", out var kerala));
        Assert.Equal("India", kerala);
        Assert.True(gazetteer.TryGetCountry("Orcadian", out var orkney));
        Assert.Equal("United Kingdom", orkney);
        Assert.True(gazetteer.TryGetCountry("Bunia", out var bunia)); // the country's own name holds an " of "
        Assert.Equal("Democratic Republic of the Congo", bunia);
        Assert.False(gazetteer.TryGetCountry("Punjab", out _));
        Assert.False(gazetteer.TryGetCountry("Atlantis", out _));
    }

    [Fact]
    public void A_region_that_opens_a_countrys_name_is_not_named_by_it()
    {
        var topics = OneDigestTopics.Of(
            "Papua New Guinea votes on a capital district",
            "What's the story",
            "Voters in Papua New Guinea will choose in May whether Port Moresby should become a district of its own.",
            "The electoral commission of Papua New Guinea said turnout would be high.");
        Assert.Contains("Papua New Guinea", topics);
        Assert.DoesNotContain("Papua", topics);
        Assert.DoesNotContain("Indonesia", topics);
    }

    [Fact]
    public void A_city_of_the_storys_country_named_twice_is_a_topic_and_its_capital_is_not_so_chosen()
    {
        // Sendai's and Tokyo's mentions count for Japan too, which outweighs them; Sendai is chosen as a city of the
        // story's country, and Tokyo, the capital (it often stands for the government), is not.
        var topics = OneDigestTopics.Of(
            "Japan backs a second chip plant",
            "What's the story",
            "Japan will pay a third of the cost of a second chip plant in Sendai, the trade ministry in Tokyo said on Friday.",
            "Japan hopes the plant will supply carmakers across Japan from 2028.",
            "The plan",
            "Work starts in spring",
            "Builders in Sendai will start work in April, and officials in Tokyo expect Japan to gain 1,500 jobs.");
        Assert.Contains("Japan", topics);
        Assert.Contains("Sendai", topics);
        Assert.DoesNotContain("Tokyo", topics);
    }

    [Fact]
    public void A_city_whose_name_has_a_full_stop_is_found_in_its_country_too()
    {
        // The gazetteer keys its names by their words ("St Gallen"); the city's country is looked up by the name as
        // places.tsv writes it.
        var topics = OneDigestTopics.Of(
            "Swiss textile town reopens its lace museum",
            "What's the story",
            "Switzerland's oldest lace museum reopened in St. Gallen on Saturday after a two-year rebuild paid for by Switzerland's federal heritage fund.",
            "Curators in Switzerland said visitors to St. Gallen could now see 3,000 pieces of embroidery.",
            "Switzerland's other textile towns hope to follow.");
        Assert.Contains("Switzerland", topics);
        Assert.Contains("St. Gallen", topics);
    }

    [Fact]
    public void A_reserve_named_short_in_the_title_and_in_full_in_the_lead_takes_its_full_name()
    {
        var topics = OneDigestTopics.Of(
            "Rangers map new pasture cut into Honduras's Río Plátano reserve",
            "What's the story",
            "Indigenous rangers say they mapped 2,000 hectares of forest cleared for cattle inside the Río Plátano Biosphere Reserve last year.",
            "Most of the clearing was in the reserve's core zone, where no farming is allowed.");
        Assert.Contains("Río Plátano Biosphere Reserve", topics);
        Assert.DoesNotContain("Río Plátano", topics);
    }

    [Fact]
    public void An_event_named_in_the_lead_and_again_outranks_a_rivals_country()
    {
        var topics = OneDigestTopics.Of(
            "Ugandan debutant wins her first marathon",
            "What's the story",
            "Uganda's Sarah Nakato won the Valencia Marathon on Sunday in her first race over the distance, running 2:19:40 on a cool morning.",
            "Grace Achieng of Kenya took second, and Kenya's coach said Achieng had gone out too fast.",
            "The race",
            "A fast finish on the flat course",
            "Nakato broke away from Achieng at 35 kilometres; the marathon's organisers said the crowds were the largest in its history.",
            "Nakato, a former track runner from Kapchorwa, said she would run in Uganda's colours at the world championships.",
            "Kenya's federation said it would review its selection for the championships.");
        // Topics come most important first; a rival's country may follow the race, never come before it.
        Assert.Contains("Valencia Marathon", topics);
        var kenya = Array.IndexOf(topics, "Kenya");
        Assert.True(kenya < 0 || kenya > Array.IndexOf(topics, "Valencia Marathon"), string.Join(", ", topics));
    }

    [Fact]
    public void The_one_country_a_digest_names_once_near_the_top_is_its_place()
    {
        var topics = OneDigestTopics.Of(
            "Villagers replant a riverbank after the floods",
            "What's the story",
            "Farmers in the hills of eastern Rwanda have planted 40,000 bamboo seedlings along a riverbank that the spring floods tore away.",
            "The village cooperative said the roots would hold the soil within three years.",
            "The planting",
            "Seedlings from a nursery upstream",
            "The cooperative's chair, Jeanne Uwase, said every family gave two days of work.",
            "Uwase said the riverbank had lost ten metres in a single night.");
        Assert.Contains("Rwanda", topics);
    }

    [Fact]
    public void Two_ministries_joined_by_and_stay_two_bodies()
    {
        var topics = OneDigestTopics.Of(
            "Fizzy drinks leave school canteens in Jordan",
            "What's the story",
            "The Ministry of Health and Ministry of Education said on Sunday that school canteens in Jordan may no longer sell fizzy drinks.",
            "The Ministry of Education said inspectors would visit every school in the first month of term.",
            "The rules",
            "Water and milk only",
            "The Ministry of Health said one child in four in Amman was overweight.");
        Assert.Contains("Ministry of Education", topics);
        Assert.DoesNotContain(topics, t => t.Contains(" and "));
    }

    [Fact]
    public void A_fair_named_in_full_in_the_lead_is_an_event()
    {
        var topics = OneDigestTopics.Of(
            "Comic artists draw the crowds in Lagos",
            "What's the story",
            "Queues for Nigerian comic books ran round the hall at the Lagos International Comic Fair, which closed on Sunday.",
            "Publishers said they sold out of several titles by the second day.",
            "The artists",
            "A new generation of illustrators",
            "Most of the artists on show had begun by posting their work online, organisers said.");
        Assert.Contains("Lagos International Comic Fair", topics);
    }
}

namespace DigestSite.Tests.Topics;

/// <summary>Words that only pass by a subject do not make a story about it: a company's share price moving after
/// news is not a story about stock markets, and the craftspeople who restore a building are not folk art; a word of
/// several senses ("dish", "tablet", "trial", "plastic") names no subject alone, and "2,800 metres" is not a race over
/// 800 metres. The subject stays where the story names it.</summary>
public class SubjectCueSenseTests
{
    [Fact]
    public void Shares_and_investors_reacting_to_a_story_are_not_a_story_about_stock_markets()
    {
        var copperRules = OneDigestTopics.Of(
            "Zambia caps the water copper mines may take from the Kafue",
            "What's the story",
            "Zambia has limited how much river water copper mines may pump from the Kafue, after two dry seasons.",
            "Mines Minister Paul Kabuswe said the caps would protect farms and towns downstream.",
            "Market reaction",
            "Shares slip as investors count the cost",
            "Shares in two mining groups slipped after the announcement, as investors weighed the cost of recycling water.",
            "Analysts said output would not fall this year.");
        Assert.DoesNotContain("stock markets", copperRules);
        Assert.Contains("mining", copperRules);

        var sellOff = OneDigestTopics.Of(
            "Lusaka's stock exchange has its worst day in a decade",
            "What's the story",
            "The Lusaka Securities Exchange fell 7 per cent on Tuesday in a broad sell-off after copper prices dropped.",
            "Traders said foreign funds sold shares in banks and brewers as well as miners.",
            "What next",
            "Brokers expect more selling",
            "Brokers said the share price of most listed firms was now below its value at the start of the year.");
        Assert.Contains("stock markets", sellOff);
    }

    [Fact]
    public void Craftspeople_restoring_a_building_are_not_folk_art_but_artisans_weaving_are()
    {
        var restoration = OneDigestTopics.Of(
            "Riga's wooden church reopens after restoration",
            "What's the story",
            "A wooden church in Riga has reopened after craftspeople spent six years replacing its rotten beams and shingles.",
            "The church, built in 1761, is one of the oldest timber buildings in the Latvian capital.",
            "The work",
            "Old crafts, new apprentices",
            "Craftsmen trained twelve apprentices in the carpentry crafts the work needed.",
            "The city paid for the restoration with help from donors.");
        Assert.DoesNotContain("folk art", restoration);

        var weavers = OneDigestTopics.Of(
            "Artisans in Cusco revive alpaca weaving",
            "What's the story",
            "Artisans in villages around Cusco are reviving weaving patterns that had not been used for a century.",
            "A cooperative of 200 weavers sells the textiles to shops and hotels in the city.",
            "Sales",
            "Handicrafts find buyers abroad",
            "The cooperative said handicraft sales abroad had doubled in a year.");
        Assert.Contains("folk art", weavers);
    }

    /// <summary>A dish that collects radio waves, tablets of clay, a trial that picks a swimming team, a plastic
    /// identity card, water cannons spraying smog, a rocket's booster, water rations, a woven label, a handball club,
    /// a town's swimming pool, a floodlit stadium, welders a smelter trains, a ministry that speaks for a government
    /// paying for clinics, a country's regions: each digest, the subject its word of several senses must not name, and
    /// one it must name (water cannon beside a coast guard still names maritime security, a night train transport).</summary>
    public static TheoryData<string, string, string, string?, string?> WordsOfSeveralSenses => new()
    {
        {
            "A new dish joins the desert telescope array",
            "Engineers in the Karoo have bolted the last panel onto a 15-metre dish that will join the radio telescope array next year.",
            "Astronomers said the dish would sharpen images of distant galaxies.",
            "food and drink", null
        },
        {
            "Museum gets back clay tablets taken in the war",
            "Two hundred clay tablets smuggled out of the country two decades ago were handed back to the national museum on Monday.",
            "Curators said the tablets record grain deliveries to a temple.",
            "pharmaceuticals", null
        },
        {
            "Teenager wins the 200 metres freestyle at national trials",
            "A 16-year-old won the 200 metres freestyle at the national swimming trials on Friday, booking a place at the world championships.",
            "Her coach said the trial had been her best swim of the year.",
            "medical research", "swimming"
        },
        {
            "Identity cards move from plastic to phones",
            "Citizens will be able to show a digital identity card on their phones from July instead of the plastic card, the interior ministry said.",
            "The plastic cards will stay valid until they expire.",
            "pollution", null
        },
        {
            "Lahore sprays water into its smog",
            "The city has put water cannons on its main roads to spray the air, as smog closed schools for a third week.",
            "Doctors said the fine particles in the air were filling clinics with children who cannot breathe.",
            "maritime security", null
        },
        {
            "Rocket maker lands its booster on a barge",
            "A private rocket company landed the first-stage booster of its launcher on a barge after putting two satellites into orbit.",
            "Reusing a booster cuts the cost of each launch, the company said.",
            "vaccination", "spaceflight"
        },
        {
            "Growers ration water as the plain dries out",
            "Fruit growers on the plain will ration water from Monday after the driest winter on record left reservoirs a quarter full.",
            "Farmers said the rations would cost them part of the peach harvest.",
            "food security", null
        },
        {
            "Weavers sew their own label into their blouses",
            "A cooperative of 300 weavers has started sewing a woven label into every blouse its members make, to tell buyers from factory copies.",
            "The label carries the name of the village and of the weaver.",
            "entertainment industry", null
        },
        {
            "Handball club sells fish to pay for its travel",
            "A small-town handball club is selling smoked fish at weekend markets to pay for its women's team's flights to away games.",
            "The club said its players' travel cost more this season than the coach.",
            "football", "handball"
        },
        {
            "Councillors remove their chair over a new swimming pool",
            "Town councillors voted on Tuesday to remove their chair after the cost of a new swimming pool beside the school doubled.",
            "Opponents said the pool would take money meant for roads.",
            "swimming", null
        },
        {
            "Floodlit cricket stadium rises before the World Cup",
            "Workers are racing to finish a floodlit cricket stadium with 12,000 seats before the Twenty20 World Cup in October.",
            "The floodlight towers went up last week, and the first cricket match under them is set for August.",
            "floods", "cricket"
        },
        {
            "Smelter town trains its own welders",
            "A nickel smelter will train 400 local welders this year as foreign crews go home, the company said.",
            "Trainees are paid while they train, and most are taken on after six months.",
            "transport", null
        },
        {
            "Night train to the coast returns for the summer",
            "The night train from the capital to the coast will run again from June, after a three-year gap.",
            "Tickets went on sale on Monday and the first week sold out within hours.",
            null, "transport"
        },
        {
            "Clinics open on Saturdays for the flu season",
            "Clinics will open on Saturdays until March to give flu jabs, the health ministry said on Monday.",
            "The government will pay for the extra staff, a ministry spokeswoman said.",
            "government", null
        },
        {
            "Two neighbours mark another stretch of their border",
            "Surveyors from both countries placed 40 markers along the border between two mountain regions on Tuesday.",
            "Farmers in the border regions and provinces nearby said they hoped to reach their fields again.",
            "federalism", null
        },
        {
            "Coast guard turns water cannon on fishing boats at the shoal",
            "Coast guard ships fired water cannon at two fishing boats near the shoal on Tuesday and blocked a naval supply run.",
            "The navy said its patrol would return within a week.",
            null, "maritime security"
        },
    };

    [Theory, MemberData(nameof(WordsOfSeveralSenses))]
    public void Words_of_several_senses_do_not_name_a_subject_alone(string title, string lead, string next, string? wrongSubject, string? rightSubject)
    {
        var topics = OneDigestTopics.Of(title, "What's the story", lead, next);
        if (wrongSubject is not null) Assert.DoesNotContain(wrongSubject, topics);
        if (rightSubject is not null) Assert.Contains(rightSubject, topics);
    }

    [Fact]
    public void A_depth_in_thousands_of_metres_is_not_a_race_but_a_race_over_800_metres_is()
    {
        var drill = OneDigestTopics.Of(
            "Greenland drill reaches the bottom of the ice sheet",
            "What's the story",
            "A team drilling in northern Greenland has reached bedrock under 2,800 metres of ice, after three summers at a camp 3,200 metres above sea level.",
            "The core holds a record of the island's climate over the past 400,000 years, the team's glaciologists said.",
            "What comes next",
            "Samples go to Copenhagen",
            "The 1,800 metres of core kept frozen will be cut into samples in Copenhagen next year.");
        Assert.DoesNotContain("athletics", drill);

        var race = OneDigestTopics.Of(
            "Kenyan teenager wins the 800 metres in Nairobi",
            "What's the story",
            "Seventeen-year-old runner Faith Wanjiru won the 800 metres at the national championships in Nairobi on Saturday.",
            "Wanjiru ran the last 200 metres in under 28 seconds to pass the holder on the line.");
        Assert.Contains("athletics", race);
    }

    /// <summary>What a story is about is said in its title and lead; the sections after them fill in the side of it,
    /// and words said there weigh a third of the lead's, so a side issue they dwell on is not a subject.</summary>
    [Fact]
    public void Cues_after_the_lead_weigh_less_than_the_leads()
    {
        var topics = OneDigestTopics.Of(
            "Village clinic opens in the evenings to cut waiting times",
            "What's the story",
            "The health centre in Kuusamo will see patients until nine at night from Monday, the county's health services said, after waiting times for an appointment reached six weeks.",
            "Two nurses and a doctor moved from the day shift to cover the evening hours.",
            "Getting there",
            "Snow and a thin timetable",
            "Winter roads keep many patients away: the road from the outlying villages is often closed by snow, and the bus runs twice a day.",
            "The county said it would ask the bus company for a later service, and the road authority to plough the road first.");
        Assert.Contains("health services", topics);
        Assert.DoesNotContain("transport", topics);
    }

    /// <summary>A cue written as a word's beginning ("import*") matches only the words it was meant for: "important"
    /// is not an import, a "loggerhead" turtle not a logger, "floodlit" not a flood; the words meant still match.</summary>
    [Theory]
    [InlineData("important", "trade", "imports")]
    [InlineData("loggerhead", "deforestation", "loggers")]
    [InlineData("floodlit", "floods", "floodwaters")]
    public void A_word_that_only_begins_like_a_cue_is_not_that_cue(string word, string subject, string meant)
    {
        Assert.DoesNotContain(subject, SubjectsCuedBy(word));
        Assert.Contains(subject, SubjectsCuedBy(meant));
    }

    private static IEnumerable<string> SubjectsCuedBy(string word)
    {
        var lexicon = DigestSite.Topics.SubjectLexicon.Default;
        var id = lexicon.WordId(word);
        var targets = id < 0 ? null : lexicon.Cue([id]);
        return (targets ?? []).Select(t => lexicon.Subjects[t.Subject].Name);
    }
}

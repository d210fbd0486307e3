using DigestSite.Configuration;
using DigestSite.Content;
using DigestSite.Diagnostics;
using DigestSite.Enrichment;
using DigestSite.Topics;
using static DigestSite.Tests.Content.DigestText;

namespace DigestSite.Tests.Topics;

public class TopicRuleTests
{
    private static IReadOnlyList<string[]> TopicsOf(TopicSettings settings, params string[][] digests)
    {
        var files = digests.Select((lines, i) => new ParsedFile($"input/2026-03-0{i + 1}-d.txt", DateTime.UtcNow, Ok(Parse(Lines(lines))))).ToList();
        var config = SiteConfig.Default with { Topics = settings };
        return new Enricher(config, Gazetteer.Default).Enrich(files, new DiagnosticBag())
            .Select(d => d.Topics.Select(t => t.Name).ToArray()).ToList();
    }

    private static readonly string[] Cocoa =
    [
        "Ivorian farmers win a higher cocoa price",
        "What's the story",
        "Cocoa farmers in Côte d'Ivoire will be paid more for their beans, Agriculture Minister Aïcha Kouassi said on Monday.",
        "The Ghana Cocoa Board said it would match the price within a month.",
        "Farm incomes",
        "A better season for growers",
        "Kouassi said the cocoa price rise would lift incomes in the poorest regions.",
        "Officials said the change takes effect in October.",
    ];

    [Fact]
    public void Countries_people_and_subject_words_come_from_the_text()
    {
        var topics = TopicsOf(new TopicSettings(), Cocoa)[0];
        Assert.Contains("Côte d'Ivoire", topics); // demonym "Ivorian" in the title
        Assert.DoesNotContain("Ghana", topics);    // once, inside an organisation's name: a passing mention
        Assert.Contains("Aïcha Kouassi", topics);  // named twice (the second time by surname)
        Assert.Contains("cocoa", topics);          // a subject whose cue is in the title and the body
        Assert.DoesNotContain(topics, t => t is "Officials" or "Monday" or "October" or "Agriculture Minister Aïcha Kouassi" or "Farm");
        Assert.True(topics.Length <= TopicExtractor.DefaultMaxTopics);
    }

    [Fact]
    public void An_organisation_named_once_in_full_is_a_topic_in_the_lead_and_a_passing_mention_after_it()
    {
        var inLead = TopicsOf(new TopicSettings(), Cocoa)[0];
        Assert.Contains("Ghana Cocoa Board", inLead); // once, in full, in the story section: what the story is about
        string[] later =
        [
            .. Cocoa.Where(l => !l.Contains("Ghana Cocoa Board")),
            "Buyers met the Ghana Cocoa Board to discuss the season.",
        ];
        var afterLead = TopicsOf(new TopicSettings(), later)[0];
        Assert.DoesNotContain("Ghana Cocoa Board", afterLead); // once, in the last section: a passing mention
        Assert.Contains("Aïcha Kouassi", afterLead);
    }

    [Fact]
    public void The_top_subject_stays_beside_a_narrower_one_but_after_it()
    {
        var topics = TopicsOf(new TopicSettings(),
        [
            "Ethiopian debutant breaks the Lisbon Marathon course record",
            "What's the story",
            "Ethiopian runner Meseret Alemayehu broke the Lisbon Marathon course record on Sunday in her first race over the distance, finishing in 2 hours 19 minutes.",
            "Alemayehu passed Kenya's Ruth Chebet in the last two kilometres and crossed the finish line 40 seconds clear.",
            "The race",
            "A fast course in cool weather",
            "Runners said the cool morning in Lisbon helped, and the first five finishers all ran personal bests.",
            "Chebet, the winner in 2024, said the Ethiopian had been the stronger runner on the hills.",
            "What next",
            "Eyes on the world championships",
            "Alemayehu's coach said she would now aim at the world championships, where Ethiopia and Kenya expect to fight for the marathon medals again.",
        ])[0];
        Assert.Contains("marathon", topics);
        Assert.Contains("athletics", topics);
        Assert.True(Array.IndexOf(topics, "marathon") < Array.IndexOf(topics, "athletics"), string.Join(", ", topics));
    }

    [Fact]
    public void Front_matter_topics_are_always_kept_and_variants_merge()
    {
        var topics = TopicsOf(new TopicSettings(), ["---", "topics: [Cocoa, Fairtrade, a, b, c, d, e, f, g]", "---", .. Cocoa]);
        Assert.Equal(["Cocoa", "Fairtrade", "a", "b", "c", "d", "e", "f", "g"], topics[0]); // more than 8, all kept; "cocoa" merged
    }

    [Fact]
    public void A_subject_the_front_matter_names_by_one_of_its_cues_is_not_added_again()
    {
        string[] plant =
        [
            "Kenya opens a geothermal plant in the Rift Valley",
            "What's the story",
            "Kenya has switched on a geothermal power station near Lake Naivasha, the energy ministry said on Monday.",
            "The plant draws steam from wells drilled deep into hot rock and will supply homes in Nakuru.",
            "Next steps",
            "More wells are planned",
            "Engineers said two more geothermal plants could follow within five years.",
        ];
        var extracted = TopicsOf(new TopicSettings(), plant)[0];
        Assert.Contains("geothermal energy", extracted); // the subject, found from its cues
        var given = TopicsOf(new TopicSettings(), ["---", "topics: [Kenya, geothermal power]", "---", .. plant])[0];
        Assert.Contains("geothermal power", given);      // the editor's name for it
        Assert.DoesNotContain("geothermal energy", given); // not the same subject a second time

        // The editor's name for the story's main subject is its kicker.
        var file = new ParsedFile("input/2026-03-01-d.txt", DateTime.UtcNow, Ok(Parse(Lines(["---", "topics: [Kenya, geothermal power]", "---", .. plant]))));
        var digest = Assert.Single(new Enricher(SiteConfig.Default, Gazetteer.Default).Enrich([file], new DiagnosticBag()));
        Assert.Equal("Geothermal power", digest.Kicker);
    }

    [Fact]
    public void Aliases_name_topics_found_in_the_text_and_exclude_drops_them()
    {
        var settings = new TopicSettings
        {
            Aliases = new Dictionary<string, IReadOnlyList<string>> { ["Cocoa Board"] = ["Ghana Cocoa Board", "COCOBOD"] },
            Exclude = ["cocoa", "Ghana"],
        };
        var topics = TopicsOf(settings, Cocoa)[0];
        Assert.Contains("Cocoa Board", topics);
        Assert.DoesNotContain(topics, t => t.Equals("cocoa", StringComparison.OrdinalIgnoreCase) || t == "Ghana");
    }

    [Fact]
    public void Without_auto_only_front_matter_topics_remain()
    {
        var topics = TopicsOf(new TopicSettings { Auto = false }, ["---", "topics: [Cocoa]", "---", .. Cocoa]);
        Assert.Equal(["Cocoa"], topics[0]);
    }

    [Fact]
    public void A_countrys_other_name_in_front_matter_is_the_country_the_text_names()
    {
        string[] bridge =
        [
            "Istanbul opens a third bridge over the Bosphorus",
            "What's the story",
            "Turkey opened a road and rail bridge over the Bosphorus in Istanbul on Saturday, the third to cross the strait.",
            "Turkish officials said it would take 40,000 lorries a day off the city's older bridges.",
        ];
        var topics = TopicsOf(new TopicSettings(), ["---", "topics: [Türkiye, Bosphorus]", "---", .. bridge], bridge);
        Assert.Contains("Turkey", topics[0]);
        Assert.DoesNotContain("Türkiye", topics[0]);
        Assert.Contains("Turkey", topics[1]);
        // Front-matter topics come first.
        Assert.Equal("Vietnam", TopicsOf(new TopicSettings(), ["---", "topics: [Viet Nam]", "---", .. bridge])[0][0]);
    }
}

using DigestSite.Caching;
using DigestSite.Configuration;
using DigestSite.Content;
using DigestSite.Enrichment;
using DigestSite.Tests.Support;
using DigestSite.Topics;
using static DigestSite.Tests.Content.DigestText;

namespace DigestSite.Tests.Topics;

/// <summary>
/// Topic extraction in two parts: per-digest facts (pure, cacheable, serialisable) and the corpus step that
/// combines them. Whatever mix of fresh, cached and deserialised facts goes in, the topics must be those
/// extracted from the digests directly.
/// </summary>
public class TopicFactsTests
{
    private static readonly TopicSettings Settings = new()
    {
        Aliases = new Dictionary<string, IReadOnlyList<string>> { ["European Space Agency"] = ["ESA"], ["Cocoa Board"] = ["COCOBOD"] },
    };

    /// <summary>The shared samples, the sample site's digests and a few of our own: names that recur across
    /// digests, sentence-initial common words, Title Case headlines, front matter.</summary>
    private static List<Digest> Corpus()
    {
        var files = Repo.SampleFiles.Concat(Directory.GetFiles(Path.Combine(Repo.Root, "input"), "*.txt").Order(StringComparer.Ordinal));
        var digests = files.Select(path => DigestParser.Parse(File.ReadAllBytes(path), Path.GetFileName(path), ".txt").Digest!).ToList();
        digests.Add(Ok(Parse(Lines(
            "---", "topics: [Cocoa, farm incomes]", "---",
            "Ivorian farmers win a higher cocoa price",
            "What's the story",
            "Cocoa farmers in Côte d'Ivoire will be paid more, Agriculture Minister Aïcha Kouassi said on Monday.",
            "The Ghana Cocoa Board and COCOBOD officials said they would match the price. Farmers welcomed it.",
            "Farm Incomes",
            "A Better Season For Growers Across The Region",
            "Kouassi said the cocoa price rise would lift incomes. Officials said the change starts in October."))));
        digests.Add(Ok(Parse(Lines(
            "Chocolate makers meet in Brussels",
            "What's the story",
            "Buyers met the Ghana Cocoa Board to discuss the season. Farmers and officials attended.",
            "Officials from ESA were not there."))));
        return digests;
    }

    private static void AssertSameTopics(IReadOnlyList<string>[] expected, IReadOnlyList<string>[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i]);
    }

    [Fact]
    public void Cached_facts_give_the_topics_of_a_fresh_extraction()
    {
        var digests = Corpus();
        var extractor = new TopicExtractor(Gazetteer.Default, Settings);
        var fresh = extractor.ExtractAll(digests);
        Assert.Contains(fresh, topics => topics.Count > 2); // the corpus does yield derived topics

        var facts = digests.Select(extractor.Facts).ToList();
        AssertSameTopics(fresh, extractor.ExtractAll(digests, facts));
        AssertSameTopics(fresh, extractor.ExtractAll(digests, facts.Select((f, i) => i % 2 == 0 ? f : null).ToList()));
        AssertSameTopics(fresh, extractor.Combine(facts));
    }

    [Fact]
    public void Facts_survive_a_round_trip_through_the_cache_serialiser()
    {
        var digests = Corpus();
        var extractor = new TopicExtractor(Gazetteer.Default, Settings);
        var facts = extractor.Facts(digests);

        var bytes = Serialize(facts);
        var read = CacheJson.Read(bytes, CacheJson.Types.DictionaryStringDigestTopicFacts)!.OrderBy(p => int.Parse(p.Key)).Select(p => p.Value).ToList();

        Assert.Equal(bytes, Serialize(read));
        Assert.Equal(facts.Select(f => f.Fingerprint()), read.Select(f => f.Fingerprint()));
        Assert.Equal(facts.SelectMany(f => f.NameForms.Select(n => n.Name)), read.SelectMany(f => f.NameForms.Select(n => n.Name)));
        Assert.Equal(facts.SelectMany(f => f.LowerCaseWords), read.SelectMany(f => f.LowerCaseWords));
        AssertSameTopics(extractor.ExtractAll(digests), extractor.ExtractAll(digests, read));
    }

    [Fact]
    public void Damaged_facts_fail_to_read()
    {
        var facts = new TopicExtractor(Gazetteer.Default, Settings).Facts(Corpus()[0]);
        var bytes = Serialize([facts]);

        Assert.NotNull(CacheJson.Read(bytes, CacheJson.Types.DictionaryStringDigestTopicFacts));
        Assert.Null(CacheJson.Read(bytes[..(bytes.Length / 2)], CacheJson.Types.DictionaryStringDigestTopicFacts));
        var renamed = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes).Replace("\"LowerCaseWords\":[", "\"LowerCaseWords\":[1,"));
        Assert.Null(CacheJson.Read(renamed, CacheJson.Types.DictionaryStringDigestTopicFacts));
    }

    [Fact]
    public void Facts_of_a_digest_do_not_depend_on_the_digests_read_with_it()
    {
        var digests = Corpus();
        var extractor = new TopicExtractor(Gazetteer.Default, Settings);
        var together = extractor.Facts(digests);
        for (var i = 0; i < digests.Count; i++)
            Assert.Equal(Serialize([together[i]]), Serialize([extractor.Facts(digests[i])]));
    }

    [Fact]
    public void Without_auto_the_facts_hold_only_front_matter()
    {
        var digests = Corpus();
        var extractor = new TopicExtractor(Gazetteer.Default, auto: false);
        var facts = extractor.Facts(digests);
        Assert.All(facts, f => Assert.Empty(f.NameMentions));
        AssertSameTopics(digests.Select(d => (IReadOnlyList<string>)[.. d.FrontMatter.Topics]).ToArray(), extractor.ExtractAll(digests));
    }

    [Theory]
    [InlineData("Data Centres")]
    [InlineData("São Tomé and Príncipe")]
    [InlineData("Côte d'Ivoire's taxes")]
    [InlineData("countries' universities")]
    [InlineData("  --Boxes-of--glasses!  ")]
    [InlineData("Ūnités spéciales")]
    [InlineData("")]
    [InlineData("ıi İI ßs")]
    [InlineData("Japan's U.S. Trade Representatives")]
    [InlineData("3D printers & A&B boxes")]
    [InlineData("-a--b-")]
    [InlineData("--")]
    [InlineData("Côte d’Ivoire’s cities")]
    [InlineData("ties flies lies series buses crises classes")]
    public void A_topic_key_is_the_slug_with_each_word_stemmed(string name)
    {
        var expected = string.Join('-', Slug.From(name, int.MaxValue).Split('-').Select(WordStem.Stem));
        Assert.Equal(expected, TopicExtractor.TopicKey(name));
    }

    /// <summary>The facts as the build cache stores them (a bucket of facts by input path; here by number).</summary>
    private static byte[] Serialize(IEnumerable<DigestTopicFacts> facts) =>
        CacheJson.Write(facts.Select((f, i) => (f, i)).ToDictionary(p => p.i.ToString(), p => p.f), CacheJson.Types.DictionaryStringDigestTopicFacts);
}

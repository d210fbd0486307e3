using DigestSite.Search;
using DigestSite.Site;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Search;

/// <summary>
/// The index's ranking on a small fixed corpus with known answers, scored as the search page scores: for each
/// word, its stem's rarity (BM25 idf) times the packed term-frequency part, plus bonuses for the title and a
/// topic; every word must match.
/// </summary>
public sealed class RankingTests : IDisposable
{
    private readonly TempSite _site = new();
    private readonly WordIndex _index;
    private readonly LanguageAnalyzer _en = new("en");

    public RankingTests()
    {
        Add("title.txt", "Harbour wall vote passes", "2026-11-01", ["Flood defence"], "The council voted on Sunday.", "Costs", "A regional fund pays", "Work starts in spring.");
        Add("headline.txt", "Council approves new budget", "2026-11-02", ["Budgets"], "The council met on Monday.", "Ports", "The harbour gets a new crane", "The crane arrives in May.");
        Add("body.txt", "Rail strike ends after talks", "2026-11-03", ["Rail"], "Trains run again on Tuesday.", "Travel", "Timetables return to normal", "Ferries from the harbour ran extra crossings.");
        Add("topic.txt", "Farmers count the cost of drought", "2026-11-04", ["Kenya"], "Rain failed for a third season.", "Aid", "Donors pledge seed and water", "Kenya asked for help in October.");
        Add("mention.txt", "Tea prices climb at auction", "2026-11-05", ["Tea"], "Buyers paid more this week.", "Origins", "Most lots came from the highlands", "Growers in Kenya and Malawi sold early.");
        Add("ai.txt", "Hospitals test A.I. triage in emergency rooms", "2026-11-06", ["Health"], "Doctors said the AI tool sorted patients faster.", "Trials", "Three hospitals take part", "Nurses said the pilot would run in Taiwan too.");
        Add("said.txt", "Mayor said the budget is fixed", "2026-11-07", ["Budgets"], "She said Taiwan and Ukraine sent aid.", "Reaction", "Critics said little", "The mayor said it again.");
        var built = _site.Build(o => o with { Write = false });
        Assert.True(built.Errors == 0, string.Join("\n", built.Diagnostics));
        var site = built.Site!;
        var oldestFirst = site.Digests.Reverse().ToList();
        _index = WordIndex.Build(oldestFirst, oldestFirst.Select(d => DocAnalysis.Of(d, _en)).ToList());
    }

    public void Dispose() => _site.Dispose();

    private void Add(string file, string title, string date, string[] topics, string story, string label, string headline, string paragraph) =>
        _site.AddDigest(file, GeneratedSearchSite.Digest(title, date, string.Join(", ", topics), story, label, headline, paragraph));

    /// <summary>File names of the digests that have every word, best first.</summary>
    private List<string> Search(string query)
    {
        var words = _en.Words(query).Select(w => w.Stem).Distinct().ToList();
        var n = _index.Docs.Count;
        var scores = new Dictionary<int, double>();
        for (var w = 0; w < words.Count; w++)
        {
            if (!_index.Terms.TryGetValue(words[w], out var term)) return [];
            var df = term.Postings.Count;
            var idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
            var next = new Dictionary<int, double>();
            foreach (var (id, v) in term.Postings)
            {
                if (w > 0 && !scores.ContainsKey(id)) continue;
                var part = (double)(v >> 2) / WordIndex.Levels * (WordIndex.K1 + 1) + ((v & 1) != 0 ? 1.5 : 0) + ((v & 2) != 0 ? 1 : 0);
                next[id] = scores.GetValueOrDefault(id) + idf * part;
            }
            scores = next;
        }
        return scores.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key)
            .Select(p => Path.GetFileNameWithoutExtension(_index.Docs[p.Key].SourcePath)).ToList();
    }

    [Fact]
    public void A_word_in_the_title_ranks_above_one_in_a_headline_above_one_in_a_paragraph()
    {
        Assert.Equal(["title", "headline", "body"], Search("harbour"));
    }

    [Fact]
    public void A_topic_name_ranks_the_digests_of_that_topic_first()
    {
        Assert.Equal(["topic", "mention"], Search("Kenya"));
    }

    [Fact]
    public void AI_matches_the_word_and_its_abbreviation_only()
    {
        Assert.Equal(["ai"], Search("ai"));
        Assert.Equal(["ai"], Search("A.I."));
    }

    [Fact]
    public void Forms_of_a_word_find_each_other_and_every_word_must_match()
    {
        Assert.Equal(["title"], Search("votes"));
        Assert.Equal(["headline", "said"], Search("budgets").Order());
        Assert.Equal(["said"], Search("mayor budget"));
        Assert.Empty(Search("mayor harbour"));
    }

    [Fact]
    public void The_exact_title_ranks_its_digest_first()
    {
        Assert.Equal("said", Search("Mayor said the budget is fixed")[0]);
        Assert.Equal("ai", Search("Hospitals test A.I. triage in emergency rooms")[0]);
    }

    [Fact]
    public void Postings_carry_the_title_and_topic_flags_and_a_level()
    {
        var kenya = _index.Terms["kenya"].Postings;
        var tagged = kenya.Single(p => Path.GetFileName(_index.Docs[p.Id].SourcePath) == "topic.txt").Value;
        var mentioned = kenya.Single(p => Path.GetFileName(_index.Docs[p.Id].SourcePath) == "mention.txt").Value;
        Assert.Equal(2, tagged & 3);
        Assert.Equal(0, mentioned & 3);
        Assert.InRange(mentioned >> 2, 1, WordIndex.Levels);
        Assert.True(tagged >> 2 > mentioned >> 2);
    }

    [Fact]
    public void Shards_hold_every_stem_once_with_its_digests_as_pairs_or_as_a_set()
    {
        var shards = ShardFiles.Write(_index);
        var found = new Dictionary<string, List<int>>();
        var sets = 0;
        foreach (var (_, bytes) in shards)
            foreach (var term in System.Text.Json.JsonDocument.Parse(bytes).RootElement.GetProperty("t").EnumerateObject())
            {
                var code = term.Value.GetString()!;
                var ids = new List<int>();
                if (code.StartsWith('!'))
                {
                    sets++;
                    ids = SetIds(code);
                    var title = SetIds(code, 1);
                    Assert.All(title, id => Assert.Equal(1, _index.Terms[term.Name].Postings.Single(p => p.Id == id).Value & 1));
                }
                else
                {
                    var values = PostingCode.Decode(code);
                    for (int i = 0, id = -1; i < values.Count; i += 2) ids.Add(id += values[i] + 1);
                }
                found.Add(term.Name, ids);
            }
        Assert.Equal(_index.Terms.Keys.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        Assert.All(_index.Terms, t => Assert.Equal(t.Value.Postings.Select(p => p.Id), found[t.Key]));
        Assert.True(sets > 0, "a stem in more than a quarter of the digests is a set"); // "said", "council"...
    }

    /// <summary>The digests of a set (<paramref name="list"/> 0), or those with the stem in the title (1) or a topic (2).</summary>
    public static List<int> SetIds(string code, int list = 0)
    {
        var part = code[1..].Split('|')[list];
        var ids = new List<int>();
        if (part[0] == 'i')
        {
            var id = -1;
            foreach (var gap in PostingCode.Decode(part[1..])) ids.Add(id += gap + 1);
            return ids;
        }
        for (var i = 1; i < part.Length; i++)
            for (var b = 0; b < 5; b++)
                if ((PostingCode.Final.IndexOf(part[i]) & (1 << b)) != 0) ids.Add((i - 1) * 5 + b);
        return ids;
    }
}

using DigestSite.Configuration;
using DigestSite.Content;

namespace DigestSite.Topics;

/// <summary>
/// The topics of each digest, before they are merged across the site, in this order of trust:
/// (1) front-matter topics, always kept; when <c>topics.auto</c> is on, (2) countries the text names
/// prominently (in the title, a headline, the story section, or twice anywhere), through the gazetteer's
/// names, demonyms and cities; (3) topics named in <c>topics.aliases</c> that the text mentions the same way;
/// (4) people and organisations named at least twice in the digest, or in two digests; (5) subject words of
/// the title that the body returns to. Derived topics stop at <see cref="MaxTopics"/> a digest.
/// </summary>
public sealed class TopicExtractor
{
    public const int MaxTopics = 8;

    private readonly Gazetteer _gazetteer;
    private readonly Gazetteer _configured;
    private readonly NamedEntities _entities;
    private readonly bool _auto;

    public TopicExtractor(Gazetteer gazetteer, bool auto) : this(gazetteer, new TopicSettings { Auto = auto }) { }

    public TopicExtractor(Gazetteer gazetteer, TopicSettings settings)
    {
        _gazetteer = gazetteer;
        _auto = settings.Auto;
        _entities = new NamedEntities(gazetteer);
        // Configured topics are found in the text like countries: "ESA" in a digest is "European Space Agency".
        _configured = Gazetteer.Parse(string.Join('\n', settings.Aliases.Select(kv =>
            kv.Key + "\t" + string.Join('|', kv.Value.Where(a => !a.Contains('|') && !a.Contains('\t'))))));
    }

    public IReadOnlyList<string> Extract(Digest digest) => ExtractAll([digest])[0];

    /// <summary>Topics of every digest; people and organisations may recur across digests, so all are seen at once.</summary>
    public IReadOnlyList<string>[] ExtractAll(IReadOnlyList<Digest> digests)
    {
        var result = new IReadOnlyList<string>[digests.Count];
        if (!_auto)
        {
            for (var i = 0; i < digests.Count; i++) result[i] = [.. digests[i].FrontMatter.Topics];
            return result;
        }

        var common = NamedEntities.CommonWords(digests);
        var entities = new List<NamedEntity>[digests.Count];
        Parallel.For(0, digests.Count, i => entities[i] = _entities.Find(digests[i], common));
        var digestsNaming = entities.SelectMany(list => list.Select(e => e.Key).Distinct())
            .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Parallel.For(0, digests.Count, i =>
        {
            var digest = digests[i];
            var topics = new List<string>(digest.FrontMatter.Topics);
            var derived = new List<string>();
            derived.AddRange(Prominent(_gazetteer, digest));
            derived.AddRange(Prominent(_configured, digest));
            derived.AddRange(entities[i].Where(e => e.Mentions >= 2 || digestsNaming[e.Key] >= 2).Select(e => e.Name));
            derived.AddRange(SubjectKeywords.Find(digest, NameWordsOf(digest, common)));

            var room = Math.Max(0, MaxTopics - topics.Count);
            foreach (var topic in derived)
            {
                if (room == 0) break;
                if (topics.Any(t => Same(t, topic))) continue;
                topics.Add(topic);
                room--;
            }
            result[i] = topics;
        });
        return result;
    }

    /// <summary>Names the text mentions prominently: in the title, a label or a headline, in the story
    /// section, or at least twice anywhere. Most mentioned first, then by name, so the list is stable.</summary>
    private static IEnumerable<string> Prominent(Gazetteer names, Digest digest)
    {
        if (names.CountryCount == 0) return [];
        var prominent = new HashSet<string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string text, bool isProminent)
        {
            foreach (var name in names.Mentions(text))
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
                if (isProminent) prominent.Add(name);
            }
        }

        Count(digest.Title, true);
        foreach (var section in digest.Sections)
        {
            Count(section.Label, true);
            Count(section.Headline, true);
            foreach (var p in section.Paragraphs) Count(p, section.IsStory);
        }
        return counts.Where(kv => prominent.Contains(kv.Key) || kv.Value >= 2)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key).ToList();
    }

    /// <summary>Lower-cased words that are names in this digest (so "Iceland" or "Nakatani" is never a subject word).</summary>
    private HashSet<string> NameWordsOf(Digest digest, IReadOnlySet<string> common)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in NamedEntities.Units(digest).Prepend(digest.Title))
            foreach (var m in ProperNounScanner.Scan(text))
                for (var k = 0; k < m.Words.Count; k++)
                {
                    var w = m.Words[k];
                    if (k > 0 || !m.StartsSentence || _gazetteer.TryGetCountry(w, out _) || !common.Contains(w.ToLowerInvariant()))
                        words.Add(w.ToLowerInvariant());
                }
        return words;
    }

    /// <summary>Case, punctuation and plural variants are one topic ("Elections", "election").</summary>
    public static bool Same(string a, string b) => TopicKey(a) == TopicKey(b);

    public static string TopicKey(string name) =>
        string.Join('-', Enrichment.Slug.From(name, int.MaxValue).Split('-').Select(SubjectKeywords.Stem));
}

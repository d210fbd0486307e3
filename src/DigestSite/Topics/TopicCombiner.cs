using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>
/// The corpus step of topic extraction: from the <see cref="DigestTopicFacts"/> of every digest, answers
/// which questioned words are common (written in lower case by some digest), finds each digest's people and
/// organisations, counts the digests naming each, and lists each digest's topics in order of trust (see
/// <see cref="TopicExtractor"/>). It touches no text, so it is cheap next to computing the facts.
/// </summary>
public static class TopicCombiner
{
    public static IReadOnlyList<string>[] Combine(IReadOnlyList<DigestTopicFacts> facts)
    {
        var answers = CommonWordAnswers.For(facts);
        var entities = FindEntities(facts, answers);
        var digestsNaming = CountDigestsNaming(facts, entities);

        var result = new IReadOnlyList<string>[facts.Count];
        Parallel.For(0, facts.Count, i => result[i] = TopicsOf(facts[i], entities[i], digestsNaming, answers.Of(i)));
        return result;
    }

    /// <summary>Every digest's people and organisations, once the corpus has answered its questions.</summary>
    internal static NamedEntity[][] FindEntities(IReadOnlyList<DigestTopicFacts> facts, CommonWordAnswers answers)
    {
        var entities = new NamedEntity[facts.Count][];
        Parallel.For(0, facts.Count, () => new NamedEntities(), (i, _, finder) =>
        {
            entities[i] = finder.Of(facts[i], answers.Of(i));
            return finder;
        }, _ => { });
        return entities;
    }

    /// <summary>How many digests name each entity (by its name in lower case).</summary>
    internal static Dictionary<string, int> CountDigestsNaming(IReadOnlyList<DigestTopicFacts> facts, NamedEntity[][] entities)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Count; i++)
            foreach (var name in NamesOf(facts[i], entities[i]))
                counts[name] = counts.GetValueOrDefault(name) + 1;
        return counts;
    }

    /// <summary>The lower-case names of a digest's entities (or of those it names once), each once, in the
    /// entities' order.</summary>
    internal static string[] NamesOf(DigestTopicFacts facts, NamedEntity[] entities, bool onlyNamedOnce = false)
    {
        var names = new List<string>(entities.Length);
        foreach (var e in entities)
        {
            if (onlyNamedOnce && e.Mentions >= 2) continue;
            var name = facts.NameForms[e.Form].LowerCaseName;
            if (!names.Contains(name)) names.Add(name); // a handful per digest: a set would cost more
        }
        return names.ToArray();
    }

    /// <summary>Front-matter topics, then derived ones until the digest has <see cref="TopicExtractor.MaxTopics"/>:
    /// places, people and organisations named twice (in this digest or across two), subject keywords. A
    /// derived topic that is a variant of one already listed is skipped.</summary>
    [MethodImpl(HotPath.Loop)]
    internal static List<string> TopicsOf(DigestTopicFacts facts, NamedEntity[] entities, Dictionary<string, int> digestsNaming, ReadOnlySpan<bool> isCommon)
    {
        var topics = new TopicList(facts.FrontMatterTopics);
        foreach (var place in facts.PlaceTopics)
            if (!topics.Offer(place)) return topics.Names;
        foreach (var entity in entities)
        {
            var form = facts.NameForms[entity.Form];
            if (entity.Mentions < 2 && digestsNaming[form.LowerCaseName] < 2) continue;
            if (!topics.Offer(new KeyedTopic(form.Name, form.TopicKey))) return topics.Names;
        }
        if (topics.IsFull) return topics.Names;
        foreach (var subject in SubjectKeywords.Pick(facts.TitleWords, isCommon))
            if (!topics.Offer(subject)) break;
        return topics.Names;
    }

    /// <summary>A digest's topics as they are listed: front matter first, then derived topics while there is room.</summary>
    private readonly struct TopicList
    {
        public List<string> Names { get; }
        private readonly List<string> _keys;
        private readonly int _limit;

        public TopicList(KeyedTopic[] frontMatter)
        {
            Names = new List<string>(Math.Max(frontMatter.Length, TopicExtractor.MaxTopics));
            _keys = new List<string>(Names.Capacity);
            foreach (var t in frontMatter)
            {
                Names.Add(t.Name);
                _keys.Add(t.Key);
            }
            // Front matter may list more than the maximum; derived topics then get no room.
            _limit = Math.Max(frontMatter.Length, TopicExtractor.MaxTopics);
        }

        public bool IsFull => Names.Count >= _limit;

        /// <summary>Adds the topic unless a variant is listed; false when the list was already full.</summary>
        public bool Offer(KeyedTopic topic)
        {
            if (IsFull) return false;
            if (_keys.Contains(topic.Key)) return true;
            Names.Add(topic.Name);
            _keys.Add(topic.Key);
            return true;
        }
    }
}

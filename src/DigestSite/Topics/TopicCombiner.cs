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
        var isCommon = AnswerCommonWordQuestions(facts);

        var entities = new List<NamedEntity>[facts.Count];
        Parallel.For(0, facts.Count, i => entities[i] = NamedEntities.Of(facts[i], isCommon[i]));
        var digestsNaming = CountDigestsNaming(facts, entities);

        var result = new IReadOnlyList<string>[facts.Count];
        Parallel.For(0, facts.Count, i => result[i] = TopicsOf(facts[i], entities[i], digestsNaming, isCommon[i]));
        return result;
    }

    /// <summary>For each digest, the answer to each of its questions: is the word written in lower case in
    /// any digest? Only the questioned words are looked up, never a corpus-wide set of every word.</summary>
    private static bool[][] AnswerCommonWordQuestions(IReadOnlyList<DigestTopicFacts> facts)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var idsOf = new int[facts.Count][];
        for (var i = 0; i < facts.Count; i++)
        {
            var questions = facts[i].CommonWordQuestions;
            idsOf[i] = new int[questions.Length];
            for (var q = 0; q < questions.Length; q++)
            {
                if (!ids.TryGetValue(questions[q], out var id)) ids.Add(questions[q], id = ids.Count);
                idsOf[i][q] = id;
            }
        }

        var common = new bool[ids.Count];
        if (ids.Count > 0)
            Parallel.For(0, facts.Count, i =>
            {
                // Threads only ever set answers to true, so the races are harmless.
                foreach (var word in facts[i].LowerCaseWords)
                    if (ids.TryGetValue(word, out var id)) common[id] = true;
            });

        var answers = new bool[facts.Count][];
        for (var i = 0; i < facts.Count; i++)
        {
            answers[i] = new bool[idsOf[i].Length];
            for (var q = 0; q < idsOf[i].Length; q++) answers[i][q] = common[idsOf[i][q]];
        }
        return answers;
    }

    /// <summary>How many digests name each entity (by its name in lower case).</summary>
    private static Dictionary<string, int> CountDigestsNaming(IReadOnlyList<DigestTopicFacts> facts, List<NamedEntity>[] entities)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var inThisDigest = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Count; i++)
        {
            inThisDigest.Clear();
            foreach (var entity in entities[i])
            {
                var name = facts[i].NameForms[entity.Form].LowerCaseName;
                if (inThisDigest.Add(name)) counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }
        return counts;
    }

    /// <summary>Front-matter topics, then derived ones until the digest has <see cref="TopicExtractor.MaxTopics"/>:
    /// places, people and organisations named twice (in this digest or across two), subject keywords. A
    /// derived topic that is a variant of one already listed is skipped.</summary>
    private static List<string> TopicsOf(DigestTopicFacts facts, List<NamedEntity> entities, Dictionary<string, int> digestsNaming, bool[] isCommon)
    {
        var topics = new List<string>(TopicExtractor.MaxTopics);
        var keys = new List<string>(TopicExtractor.MaxTopics);
        foreach (var t in facts.FrontMatterTopics)
        {
            topics.Add(t.Name);
            keys.Add(t.Key);
        }
        var room = Math.Max(0, TopicExtractor.MaxTopics - topics.Count);

        bool Offer(KeyedTopic topic)
        {
            if (room == 0) return false;
            if (keys.Contains(topic.Key)) return true;
            topics.Add(topic.Name);
            keys.Add(topic.Key);
            room--;
            return true;
        }

        foreach (var place in facts.PlaceTopics)
            if (!Offer(place)) return topics;
        foreach (var entity in entities)
        {
            var form = facts.NameForms[entity.Form];
            if (entity.Mentions < 2 && digestsNaming[form.LowerCaseName] < 2) continue;
            if (!Offer(new KeyedTopic(form.Name, form.TopicKey))) return topics;
        }
        if (room == 0) return topics;
        var subjects = new List<KeyedTopic>(SubjectKeywords.MaxPerDigest);
        SubjectKeywords.Pick(facts.TitleWords, isCommon, subjects);
        foreach (var subject in subjects)
            if (!Offer(subject)) break;
        return topics;
    }
}

namespace DigestSite.Topics;

/// <summary>One digest in the corpus step's memory: the fingerprint of the facts it was combined from, and what
/// its topics hang on besides them: its common-word questions (their answers are the corpus's), the people and
/// organisations it names (in lower case; counted across digests) and, of those, the ones it names once (a
/// topic only while another digest names them too); and the topics the step gave it.</summary>
public sealed record DigestTopicState(byte[] Fingerprint, string[] Questions, string[] Names, string[] NamedOnce, ChosenTopic[] Topics);

/// <summary>What the corpus step of one build leaves for the next: per input path, each digest's state; and the
/// corpus's counts: how many digests write each word in lower case, and how many name each entity.</summary>
public sealed record TopicCorpusState(
    Dictionary<string, DigestTopicState> Digests, Dictionary<string, int> LowerCaseWriters, Dictionary<string, int> DigestsNaming);

/// <summary>
/// The corpus step (<see cref="TopicCombiner"/>) run again on what changed since the last build: a digest's topics
/// are a function of its own facts, the answers to its common-word questions, and whether each entity it names
/// once is named by another digest. A rebuild updates the corpus's counts with the changed digests' old and new
/// facts, and combines again only the digests whose facts changed or whose answers or counts crossed a line
/// (a word no longer written in lower case anywhere, a name now named by two digests); the others keep their
/// topics, and their facts are not even read. Gives what <see cref="TopicCombiner.Combine"/> gives on all the
/// facts (a test compares both over random edits).
/// </summary>
public sealed class TopicCorpus(TopicCorpusState? previous, Func<string, byte[], DigestTopicFacts?> previousFacts)
{
    /// <summary>Past this share of changed digests, combining everything again is as cheap.</summary>
    private const int FullCombineShare = 8;

    private int _max = TopicExtractor.DefaultMaxTopics;

    /// <summary>The state this build left, for the next.</summary>
    public TopicCorpusState? Current { get; private set; }

    /// <summary>Digests whose topics this build found again (all of them when it combined everything).</summary>
    public int Recombined { get; private set; }

    /// <param name="paths">Each digest's input path, in the order of the result.</param>
    /// <param name="fingerprints">Each digest's <see cref="DigestTopicFacts.Fingerprint"/>.</param>
    /// <param name="factsOf">Digest i's facts (called only for the digests combined again; in parallel).</param>
    public ChosenTopic[][] Combine(IReadOnlyList<string> paths, IReadOnlyList<byte[]> fingerprints, Func<int, DigestTopicFacts> factsOf, int max)
    {
        _max = max;
        var result = previous is null ? null : Update(previous, paths, fingerprints, factsOf);
        return result ?? CombineAll(paths, fingerprints, factsOf);
    }

    private ChosenTopic[][] CombineAll(IReadOnlyList<string> paths, IReadOnlyList<byte[]> fingerprints, Func<int, DigestTopicFacts> factsOf)
    {
        var facts = new DigestTopicFacts[paths.Count];
        Parallel.For(0, facts.Length, i => facts[i] = factsOf(i));
        // The next build's count of lower-case writers needs only the facts: counted meanwhile, on a core the
        // steps below leave idle while they count on one thread.
        var writers = Task.Run(() => CountLowerCaseWriters(facts));
        var answers = CommonWordAnswers.For(facts);
        var entities = TopicCombiner.FindEntities(facts, answers);
        var naming = TopicCombiner.CountDigestsNaming(facts, entities);
        var topics = new ChosenTopic[facts.Length][];
        var states = new DigestTopicState[facts.Length];
        Parallel.For(0, facts.Length, i =>
        {
            topics[i] = TopicCombiner.TopicsOf(facts[i], entities[i], _max);
            states[i] = State(fingerprints[i], facts[i], entities[i], topics[i]);
        });
        var digests = new Dictionary<string, DigestTopicState>(paths.Count, StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++) digests[paths[i]] = states[i];
        Current = new TopicCorpusState(digests, writers.GetAwaiter().GetResult(), naming);
        Recombined = facts.Length;
        return topics;
    }

    /// <summary>The previous state brought up to date, or null when it cannot be (too much changed, or the
    /// previous facts of a changed digest can no longer be read).</summary>
    private ChosenTopic[][]? Update(TopicCorpusState old, IReadOnlyList<string> paths, IReadOnlyList<byte[]> fingerprints, Func<int, DigestTopicFacts> factsOf)
    {
        // Plain loops over indexes here, not LINQ: generic code over value types (ints, key-value pairs) is
        // compiled at run time, at every start, and this runs in every rebuild.
        var now = new HashSet<string>(paths, StringComparer.Ordinal);
        var changed = new List<int>();
        var isChanged = new bool[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            if (old.Digests.TryGetValue(paths[i], out var s) && s.Fingerprint.AsSpan().SequenceEqual(fingerprints[i])) continue;
            isChanged[i] = true;
            changed.Add(i);
        }
        var gone = new List<string>();
        foreach (var path in old.Digests.Keys)
            if (!now.Contains(path)) gone.Add(path);
        if ((changed.Count + gone.Count) * FullCombineShare > paths.Count) return null;

        // The old facts of every changed or removed digest leave the counts; the new facts of changed ones join.
        var writers = new Dictionary<string, int>(old.LowerCaseWriters, StringComparer.Ordinal);
        var naming = new Dictionary<string, int>(old.DigestsNaming, StringComparer.Ordinal);
        var words = new WordCounts(writers);
        var leaving = new List<string>(changed.Count + gone.Count);
        foreach (var i in changed) leaving.Add(paths[i]);
        leaving.AddRange(gone);
        foreach (var path in leaving)
        {
            if (!old.Digests.TryGetValue(path, out var was)) continue; // a new digest
            if (previousFacts(path, was.Fingerprint) is not { } oldFacts) return null;
            foreach (var w in oldFacts.LowerCaseWords) words.Add(w, -1);
            foreach (var n in was.Names) naming[n] -= 1;
        }
        var known = new DigestTopicFacts?[paths.Count];
        DigestTopicFacts Facts(int i) => known[i] ?? Interlocked.CompareExchange(ref known[i], factsOf(i), null) ?? known[i]!;
        foreach (var i in changed)
            foreach (var w in Facts(i).LowerCaseWords) words.Add(w, +1);

        // Digests whose people and organisations are found again: the changed, and those one of whose questions
        // has a new answer. The others' entities, and so the names they count, are as they were.
        var again = new List<int>();
        for (var i = 0; i < paths.Count; i++)
            if (isChanged[i] || AnyIn(old.Digests[paths[i]].Questions, words.Flipped)) again.Add(i);
        var entities = new NamedEntity[paths.Count][];
        var answers = new bool[paths.Count][];
        FindEntities(again, Facts, writers, entities, answers);
        foreach (var i in again)
        {
            if (!isChanged[i]) foreach (var n in old.Digests[paths[i]].Names) naming[n] -= 1;
            foreach (var n in TopicCombiner.NamesOf(Facts(i), entities[i])) naming[n] = CountOf(naming, n) + 1;
        }

        // Topics are found again for those, and for the digests naming once an entity that another digest now
        // does, or no longer does, name.
        var crossed = new HashSet<string>(StringComparer.Ordinal);
        bool Crossed(string n) => CountOf(old.DigestsNaming, n) < 2 != CountOf(naming, n) < 2;
        foreach (var n in naming.Keys)
            if (Crossed(n)) crossed.Add(n);
        foreach (var n in old.DigestsNaming.Keys) // names no digest names any more are only here
            if (Crossed(n)) crossed.Add(n);
        var inAgain = new bool[paths.Count];
        foreach (var i in again) inAgain[i] = true;
        var recount = new List<int>();
        if (crossed.Count > 0)
            for (var i = 0; i < paths.Count; i++)
                if (!inAgain[i] && AnyIn(old.Digests[paths[i]].NamedOnce, crossed)) recount.Add(i);
        FindEntities(recount, Facts, writers, entities, answers);

        var topics = new ChosenTopic[paths.Count][];
        var digests = new Dictionary<string, DigestTopicState>(paths.Count, StringComparer.Ordinal);
        var redo = new List<int>(again.Count + recount.Count);
        redo.AddRange(again);
        redo.AddRange(recount);
        var states = new DigestTopicState[paths.Count];
        Parallel.For(0, redo.Count, k =>
        {
            var i = redo[k];
            var found = TopicCombiner.TopicsOf(Facts(i), entities[i], _max);
            states[i] = State(fingerprints[i], Facts(i), entities[i], found);
        });
        for (var i = 0; i < paths.Count; i++)
        {
            var state = states[i] ?? old.Digests[paths[i]];
            digests[paths[i]] = state;
            topics[i] = state.Topics;
        }
        RemoveZeros(writers);
        RemoveZeros(naming);
        Current = new TopicCorpusState(digests, writers, naming);
        Recombined = redo.Count;
        return topics;
    }

    /// <summary>The answers and entities of the digests <paramref name="which"/>, with the updated word counts.</summary>
    private static void FindEntities(List<int> which, Func<int, DigestTopicFacts> factsOf, Dictionary<string, int> writers,
        NamedEntity[][] entities, bool[][] answers) =>
        Parallel.For(0, which.Count, () => new NamedEntities(), (k, _, finder) =>
        {
            var i = which[k];
            var f = factsOf(i);
            var answered = answers[i] = new bool[f.CommonWordQuestions.Length];
            for (var q = 0; q < answered.Length; q++) answered[q] = CountOf(writers, f.CommonWordQuestions[q]) > 0;
            entities[i] = finder.Of(f, answered);
            return finder;
        }, _ => { });

    private static bool AnyIn(string[] items, HashSet<string> set)
    {
        foreach (var item in items)
            if (set.Contains(item)) return true;
        return false;
    }

    private static void RemoveZeros(Dictionary<string, int> counts)
    {
        foreach (var (key, count) in counts)
            if (count == 0) counts.Remove(key); // removing while enumerating is allowed for Dictionary
    }

    private static DigestTopicState State(byte[] fingerprint, DigestTopicFacts facts, NamedEntity[] entities, ChosenTopic[] topics) => new(
        fingerprint, facts.CommonWordQuestions, TopicCombiner.NamesOf(facts, entities),
        TopicCombiner.NamesOf(facts, entities, onlyNamedOnce: true), topics);

    private static Dictionary<string, int> CountLowerCaseWriters(DigestTopicFacts[] facts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in facts)
            foreach (var w in f.LowerCaseWords)
                counts[w] = CountOf(counts, w) + 1;
        return counts;
    }

    /// <summary>Counts of lower-case writers, changed one digest at a time, and the words whose "written in lower
    /// case somewhere" answer differs from the one the counts started with.</summary>
    /// <summary>A count, 0 when absent. (Not GetValueOrDefault: the one over IReadOnlyDictionary, for string and
    /// int, is compiled by the JIT at every start.)</summary>
    private static int CountOf(Dictionary<string, int> counts, string key) => counts.TryGetValue(key, out var count) ? count : 0;

    private sealed class WordCounts(Dictionary<string, int> counts)
    {
        private readonly Dictionary<string, int> _start = new(StringComparer.Ordinal);

        public HashSet<string> Flipped { get; } = new(StringComparer.Ordinal);

        public void Add(string word, int delta)
        {
            var before = CountOf(counts, word);
            _start.TryAdd(word, before);
            var after = counts[word] = before + delta;
            if (_start[word] > 0 != after > 0) Flipped.Add(word);
            else Flipped.Remove(word);
        }
    }
}

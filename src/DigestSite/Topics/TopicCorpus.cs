namespace DigestSite.Topics;

/// <summary>One digest in the corpus step's memory: the fingerprint of the facts it was combined from, its
/// common-word questions (their answers are the corpus's), and the topics the step gave it.</summary>
public sealed record DigestTopicState(byte[] Fingerprint, string[] Questions, ChosenTopic[] Topics);

/// <summary>What the corpus step of one build leaves for the next: per input path, each digest's state; and how
/// many digests write each word in lower case.</summary>
public sealed record TopicCorpusState(Dictionary<string, DigestTopicState> Digests, Dictionary<string, int> LowerCaseWriters);

/// <summary>
/// The corpus step (<see cref="TopicCombiner"/>) run again on what changed since the last build: a digest's topics
/// are a function of its own facts and the answers to its common-word questions. A rebuild updates the corpus's
/// count of lower-case writers with the changed digests' old and new facts, and chooses again, with
/// <see cref="TopicCombiner.ChooseOne"/>, only for the digests whose facts changed or one of whose questions has
/// a new answer (a word no longer written in lower case anywhere); the others keep their topics, and their facts
/// are not even read. Gives what <see cref="TopicCombiner.Combine"/> gives on all the facts (a test compares both
/// over random edits).
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
    /// <param name="model">Per digest, its subject by meaning (<see cref="ModelSubjects"/>), or null.</param>
    public ChosenTopic[][] Combine(IReadOnlyList<string> paths, IReadOnlyList<byte[]> fingerprints, Func<int, DigestTopicFacts> factsOf, int max,
        IReadOnlyList<ModelChoice?>? model = null)
    {
        _max = max;
        _model = model;
        if (model is not null) fingerprints = WithModel(fingerprints, model);
        var result = previous is null ? null : Update(previous, paths, fingerprints, factsOf);
        return result ?? CombineAll(paths, fingerprints, factsOf);
    }

    private IReadOnlyList<ModelChoice?>? _model;

    /// <summary>The fingerprints a digest's state records when the model is on: a hash of its facts' fingerprint and
    /// its subject by meaning, so that a digest whose vector came, went or changed is chosen for again. A changed
    /// digest's previous facts are then not found under the recorded fingerprint, and the step combines every
    /// digest again: exact, if slower than the update of one digest.</summary>
    private static byte[][] WithModel(IReadOnlyList<byte[]> fingerprints, IReadOnlyList<ModelChoice?> model)
    {
        var result = new byte[fingerprints.Count][];
        for (var i = 0; i < result.Length; i++)
            result[i] = model[i] is { } m
                ? System.IO.Hashing.XxHash128.Hash([.. fingerprints[i], .. System.Text.Encoding.UTF8.GetBytes($"\n{m.Subject}\t{m.Score}")])
                : fingerprints[i];
        return result;
    }

    private ChosenTopic[][] CombineAll(IReadOnlyList<string> paths, IReadOnlyList<byte[]> fingerprints, Func<int, DigestTopicFacts> factsOf)
    {
        var facts = new DigestTopicFacts[paths.Count];
        Parallel.For(0, facts.Length, i => facts[i] = factsOf(i));
        // The next build's count of lower-case writers needs only the facts: counted meanwhile, on a core the
        // step below leaves idle while it answers the questions on one thread.
        var writers = Task.Run(() => CountLowerCaseWriters(facts));
        var topics = TopicCombiner.Combine(facts, _max, _model);
        var digests = new Dictionary<string, DigestTopicState>(paths.Count, StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++) digests[paths[i]] = State(fingerprints[i], facts[i], topics[i]);
        Current = new TopicCorpusState(digests, writers.GetAwaiter().GetResult());
        Recombined = facts.Length;
        return topics;
    }

    /// <summary>The previous state brought up to date, or null when it cannot be (too much changed, or the
    /// previous facts of a changed digest can no longer be read).</summary>
    private ChosenTopic[][]? Update(TopicCorpusState old, IReadOnlyList<string> paths, IReadOnlyList<byte[]> fingerprints, Func<int, DigestTopicFacts> factsOf)
    {
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
        var words = new WordCounts(writers);
        var leaving = new List<string>(changed.Count + gone.Count);
        foreach (var i in changed) leaving.Add(paths[i]);
        leaving.AddRange(gone);
        foreach (var path in leaving)
        {
            if (!old.Digests.TryGetValue(path, out var was)) continue; // a new digest
            if (previousFacts(path, was.Fingerprint) is not { } oldFacts) return null;
            foreach (var w in oldFacts.LowerCaseWords) words.Add(w, -1);
        }
        var known = new DigestTopicFacts?[paths.Count];
        DigestTopicFacts Facts(int i) => known[i] ?? Interlocked.CompareExchange(ref known[i], factsOf(i), null) ?? known[i]!;
        foreach (var i in changed)
            foreach (var w in Facts(i).LowerCaseWords) words.Add(w, +1);

        // Topics are chosen again for the changed digests and for those one of whose questions has a new answer.
        var again = new List<int>();
        for (var i = 0; i < paths.Count; i++)
            if (isChanged[i] || AnyIn(old.Digests[paths[i]].Questions, words.Flipped)) again.Add(i);
        var states = new DigestTopicState[paths.Count];
        Parallel.For(0, again.Count, () => new NamedEntities(), (k, _, finder) =>
        {
            var i = again[k];
            var f = Facts(i);
            var answers = new bool[f.CommonWordQuestions.Length];
            for (var q = 0; q < answers.Length; q++) answers[q] = writers.GetValueOrDefault(f.CommonWordQuestions[q]) > 0;
            states[i] = State(fingerprints[i], f, TopicCombiner.ChooseOne(f, answers, finder, _max, _model?[i]));
            return finder;
        }, _ => { });

        var topics = new ChosenTopic[paths.Count][];
        var digests = new Dictionary<string, DigestTopicState>(paths.Count, StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            var state = states[i] ?? old.Digests[paths[i]];
            digests[paths[i]] = state;
            topics[i] = state.Topics;
        }
        RemoveZeros(writers);
        Current = new TopicCorpusState(digests, writers);
        Recombined = again.Count;
        return topics;
    }

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

    private static DigestTopicState State(byte[] fingerprint, DigestTopicFacts facts, ChosenTopic[] topics) =>
        new(fingerprint, facts.CommonWordQuestions, topics);

    private static Dictionary<string, int> CountLowerCaseWriters(DigestTopicFacts[] facts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in facts)
            foreach (var w in f.LowerCaseWords)
                counts[w] = counts.GetValueOrDefault(w) + 1;
        return counts;
    }

    /// <summary>Counts of lower-case writers, changed one digest at a time, and the words whose "written in lower
    /// case somewhere" answer differs from the one the counts started with.</summary>
    private sealed class WordCounts(Dictionary<string, int> counts)
    {
        private readonly Dictionary<string, int> _start = new(StringComparer.Ordinal);

        public HashSet<string> Flipped { get; } = new(StringComparer.Ordinal);

        public void Add(string word, int delta)
        {
            var before = counts.GetValueOrDefault(word);
            _start.TryAdd(word, before);
            var after = counts[word] = before + delta;
            if (_start[word] > 0 != after > 0) Flipped.Add(word);
            else Flipped.Remove(word);
        }
    }
}

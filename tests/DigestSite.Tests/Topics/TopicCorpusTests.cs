using DigestSite.Content;
using DigestSite.Tests.Support;
using DigestSite.Topics;
using Xunit.Abstractions;

namespace DigestSite.Tests.Topics;

/// <summary>
/// The corpus step run on what changed (<see cref="TopicCorpus"/>) against the step run on everything
/// (<see cref="TopicCombiner"/>), over a long random run of edits to real digests (the project's, the shared
/// samples and the seed): digests copied (their once-named people become named by two), removed again, given a
/// sentence of another digest, or a sentence in lower case (words that open sentences elsewhere become common).
/// </summary>
public sealed class TopicCorpusTests(ITestOutputHelper output)
{
    private readonly TopicExtractor _extractor = new(Gazetteer.Default, auto: true);

    [Fact]
    public void Combining_what_changed_gives_what_combining_everything_gives()
    {
        var sources = Directory.GetFiles(Path.Combine(Repo.Root, "input"), "*.txt").Concat(Repo.SampleFiles).Append(Repo.SeedFile)
            .Select(File.ReadAllText).ToList();
        var texts = sources.Select((text, i) => (Path: $"input/d{i:D3}.txt", Text: text)).ToDictionary(t => t.Path, t => t.Text);
        var facts = texts.ToDictionary(t => t.Key, t => FactsOf(t.Value));
        var sentences = sources.SelectMany(t => t.Split('\n')).Where(l => l.Length > 60 && l.EndsWith('.')).ToList();
        var rng = new Random(20261128);

        TopicCorpusState? state = null;
        var previous = new Dictionary<string, DigestTopicFacts>(facts);
        var previousTexts = new Dictionary<string, string>(texts);
        int partial = 0, steps = 120, added = 0;
        for (var step = 0; step < steps; step++)
        {
            var paths = texts.Keys.Order(StringComparer.Ordinal).ToList();
            var path = paths[rng.Next(paths.Count)];
            switch (rng.Next(5))
            {
                case 0: // a copy of a digest: everything it names is named by two
                    var copy = $"input/z{added++:D3}.txt";
                    texts[copy] = texts[path];
                    break;
                case 1 when paths.Count > 10:
                    texts.Remove(path);
                    break;
                case 2: // a sentence from elsewhere, with its names
                    texts[path] = texts[path].TrimEnd() + "\n" + sentences[rng.Next(sentences.Count)] + "\n";
                    break;
                case 3: // a sentence in lower case: its words are now written in lower case somewhere
                    texts[path] = texts[path].TrimEnd() + "\n" + sentences[rng.Next(sentences.Count)].ToLowerInvariant() + "\n";
                    break;
                default: // nothing that changes the facts
                    break;
            }
            foreach (var p in texts.Keys) facts[p] = previousTexts.GetValueOrDefault(p) == texts[p] ? previous[p] : FactsOf(texts[p]);
            foreach (var p in facts.Keys.Where(p => !texts.ContainsKey(p)).ToList()) facts.Remove(p);

            var ordered = facts.Keys.Order(StringComparer.Ordinal).ToList();
            var last = previous;
            var corpus = new TopicCorpus(state, (p, fingerprint) =>
                last.TryGetValue(p, out var f) && f.Fingerprint().AsSpan().SequenceEqual(fingerprint) ? f : null);
            var incremental = corpus.Combine(ordered, ordered.Select(p => facts[p].Fingerprint()).ToList(), i => facts[ordered[i]], TopicExtractor.DefaultMaxTopics);
            var full = TopicCombiner.Combine(ordered.Select(p => facts[p]).ToList(), TopicExtractor.DefaultMaxTopics);
            Assert.Equal(full.Select(t => string.Join(" | ", t)), incremental.Select(t => string.Join(" | ", t)));
            if (corpus.Recombined < ordered.Count) partial++;
            state = corpus.Current;
            previous = new Dictionary<string, DigestTopicFacts>(facts);
            previousTexts = new Dictionary<string, string>(texts);
        }
        output.WriteLine($"{partial} of {steps} steps combined only part of the corpus");
        Assert.True(partial > steps / 2, $"only {partial} of {steps} steps took the incremental path");
    }

    private DigestTopicFacts FactsOf(string text) =>
        _extractor.Facts(DigestParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "input/x.txt", ".txt").Digest!);
}

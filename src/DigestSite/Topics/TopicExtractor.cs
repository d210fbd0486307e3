using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.Text;
using DigestSite.Configuration;
using DigestSite.Content;

namespace DigestSite.Topics;

/// <summary>
/// The topics of each digest, in two steps. The facts step reads each digest alone and gathers evidence of
/// each kind (<see cref="DigestTopicFacts"/>): places from the gazetteers (<see cref="PlaceNames"/>), subjects
/// from the vocabulary's cues (<see cref="SubjectCues"/>), capitalised names (<see cref="NameMentionCleaner"/>).
/// The corpus step (<see cref="TopicCombiner"/>) tells names from sentence-initial common words across the
/// corpus, then lets <see cref="TopicPolicy"/> choose at most <c>topics.max</c> topics a digest, by importance.
/// Front-matter topics are always kept, first.
/// </summary>
public sealed class TopicExtractor
{
    public const int DefaultMaxTopics = 6;

    private readonly TopicSources _sources;
    private readonly bool _auto;

    public int MaxTopics { get; }

    public TopicExtractor(Gazetteer gazetteer, bool auto) : this(gazetteer, new TopicSettings { Auto = auto }) { }

    public TopicExtractor(Gazetteer gazetteer, TopicSettings settings)
    {
        _auto = settings.Auto;
        MaxTopics = settings.Max;
        // Configured topics are found in the text like countries: "ESA" in a digest is "European Space Agency".
        _sources = new TopicSources(gazetteer, Gazetteer.Places, Gazetteer.Parse(AliasLines(settings)), SubjectLexicon.For(settings.Subjects));
    }

    /// <summary>The configured topics as gazetteer lines: the name, a tab, its aliases joined by '|' (those
    /// that hold neither).</summary>
    private static string AliasLines(TopicSettings settings)
    {
        var lines = new StringBuilder();
        foreach (var (name, aliases) in settings.Aliases)
        {
            if (lines.Length > 0) lines.Append('\n');
            lines.Append(name).Append('\t');
            var first = true;
            foreach (var alias in aliases)
            {
                if (alias.Contains('|') || alias.Contains('\t')) continue;
                if (!first) lines.Append('|');
                lines.Append(alias);
                first = false;
            }
        }
        return lines.ToString();
    }

    public IReadOnlyList<string> Extract(Digest digest) => ExtractAll([digest])[0];

    /// <summary>The chosen topics of every digest, with their kinds and evidence.</summary>
    public ChosenTopic[][] ChooseAll(IReadOnlyList<Digest> digests) => Choose(Facts(digests));

    /// <summary>Topics of every digest; people and organisations may recur across digests, so all are seen at once.</summary>
    public IReadOnlyList<string>[] ExtractAll(IReadOnlyList<Digest> digests) => ExtractAll(digests, null);

    /// <summary>Topics of every digest, reusing the facts a cache kept for some of them.</summary>
    /// <param name="cached">Per digest, facts from an earlier <see cref="Facts(Digest)"/> of the same content and
    /// settings, or null to compute them.</param>
    public IReadOnlyList<string>[] ExtractAll(IReadOnlyList<Digest> digests, IReadOnlyList<DigestTopicFacts?>? cached) =>
        Combine(Facts(digests, cached));

    /// <summary>The corpus step, with each topic's kind and evidence.</summary>
    public ChosenTopic[][] Choose(IReadOnlyList<DigestTopicFacts> facts) => TopicCombiner.Combine(facts, MaxTopics);

    /// <summary>The facts of one digest: a pure function of its content and this extractor's settings (the
    /// gazetteer, <c>topics.auto</c> and <c>topics.aliases</c>), so they may be cached by content hash.</summary>
    public DigestTopicFacts Facts(Digest digest) => NewBuilder().Build(digest);

    /// <summary>The facts of every digest, in parallel; entries of <paramref name="cached"/> that are not null
    /// are taken as they are.</summary>
    public DigestTopicFacts[] Facts(IReadOnlyList<Digest> digests, IReadOnlyList<DigestTopicFacts?>? cached = null)
    {
        if (cached is not null && cached.Count != digests.Count)
            throw new ArgumentException($"{cached.Count} cached facts for {digests.Count} digests", nameof(cached));
        var facts = new DigestTopicFacts[digests.Count];
        // Parallel.For starts a new worker task every time slice; handing builders from one to the next keeps
        // their word pools (most words recur across digests) instead of starting empty. A worker that only
        // meets cached facts never makes one.
        var builders = new ConcurrentBag<TopicFactsBuilder>();
        Parallel.For(0, digests.Count, () => builders.TryTake(out var builder) ? builder : null, (i, _, builder) =>
        {
            if (cached?[i] is { } known)
            {
                facts[i] = known;
                return builder;
            }
            builder ??= NewBuilder();
            facts[i] = builder.Build(digests[i]);
            return builder;
        }, builder =>
        {
            if (builder is not null) builders.Add(builder);
        });
        return facts;
    }

    /// <summary>The corpus step: topics of every digest from the facts of all of them.</summary>
    public IReadOnlyList<string>[] Combine(IReadOnlyList<DigestTopicFacts> facts)
    {
        var chosen = Choose(facts);
        var names = new IReadOnlyList<string>[chosen.Length];
        for (var i = 0; i < chosen.Length; i++) names[i] = Array.ConvertAll(chosen[i], t => t.Name);
        return names;
    }

    private TopicFactsBuilder NewBuilder() => new(_sources, _auto);

    /// <summary>Case, punctuation and plural variants are one topic ("Elections", "election").</summary>
    public static bool Same(string a, string b) => TopicKey(a) == TopicKey(b);

    /// <summary>The slug of the name with each of its words stemmed: "Data Centres" → "data-centre".</summary>
    public static string TopicKey(string name)
    {
        var slug = Slug.From(name, int.MaxValue);
        Span<char> key = slug.Length <= 256 ? stackalloc char[slug.Length] : new char[slug.Length];
        slug.CopyTo(key);
        var length = StemWords(key);
        return length == slug.Length ? slug : new string(key[..length]);
    }

    /// <summary>Stems each hyphen-separated word of a slug in place; stemming only shortens a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int StemWords(Span<char> slug)
    {
        var length = 0;
        var start = 0;
        while (start <= slug.Length)
        {
            var end = slug[start..].IndexOf('-');
            end = end < 0 ? slug.Length : start + end;
            if (start > 0) slug[length++] = '-';
            var (keep, endsInY) = WordStem.StemOf(slug[start..end]);
            slug.Slice(start, keep).CopyTo(slug[length..]);
            length += keep;
            if (endsInY) slug[length++] = 'y';
            start = end + 1;
        }
        return length;
    }
}

using System.Collections.Immutable;
using System.IO.Hashing;
using DigestSite.Topics;

namespace DigestSite.Enrichment;

/// <summary>Every digest's topics (by position in the enrich stage's input), as the corpus step and the merging of
/// spellings gave them, and the key of the facts they came from (<see cref="TopicMemory.FactsKey"/>).</summary>
public sealed record CombinedTopics(byte[] FactsKey, ImmutableArray<Topic>[] Topics);

/// <summary>
/// Combines topic facts into topics, or takes an earlier build's topics when every digest's facts are the same
/// as then, in the same order: the topics are a function of those facts and <c>statiq.yml</c> alone (covered by
/// the cache's validity), and a rebuild that need not combine need not read thousands of digests' facts back.
/// </summary>
public sealed class TopicMemory(CombinedTopics? previous)
{
    /// <summary>The topics this build used, for the next build.</summary>
    public CombinedTopics? Current { get; private set; }

    /// <summary>Whether this build took the earlier topics.</summary>
    public bool Reused { get; private set; }

    /// <param name="fingerprints">Each digest's <see cref="DigestTopicFacts.Fingerprint"/>, in order.</param>
    /// <param name="combine">The corpus step, run when the earlier topics do not apply.</param>
    public ImmutableArray<Topic>[] Topics(IReadOnlyList<byte[]> fingerprints, Func<ImmutableArray<Topic>[]> combine)
    {
        var key = FactsKey(fingerprints);
        Reused = previous is not null && previous.FactsKey.AsSpan().SequenceEqual(key) && previous.Topics.Length == fingerprints.Count;
        var topics = Reused ? previous!.Topics : combine();
        Current = new CombinedTopics(key, topics);
        return topics;
    }

    public static byte[] FactsKey(IReadOnlyList<byte[]> fingerprints)
    {
        var hash = new XxHash128();
        hash.Append(BitConverter.GetBytes(fingerprints.Count));
        foreach (var f in fingerprints) hash.Append(f);
        return hash.GetCurrentHash();
    }
}

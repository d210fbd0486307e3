using System.Globalization;
using System.Text;
using DigestSite.Enrichment;
using DigestSite.Topics;

namespace DigestSite.Site;

/// <summary>One feature of a digest for the related-digests ranking: a topic ("t " and its slug) or a word the
/// digest is most about ("w " and the word), and how many times it counts when shared.</summary>
public readonly record struct RelatedFeature(string Name, int Boost);

/// <summary>
/// All the related-digests ranking (<see cref="RelatedDigests"/>) knows of one digest: its slug, its date, and its
/// features, each once, in order. Its <see cref="Line"/> is how a build keeps it for the next one
/// (<see cref="RelatedMemory"/>): equal lines everywhere give equal rankings, and a digest whose line changed changes
/// the ranking only of itself and of the digests that have one of its features, old or new.
/// </summary>
public sealed record RelatedFeatures(string Slug, long Ticks, RelatedFeature[] Features)
{
    /// <summary>How many times a shared topic counts, and a shared place or entity, against a shared word.</summary>
    private const int TopicBoost = 1, PlaceOrEntityBoost = 2;

    /// <summary>Between the parts of a line (no slug, topic slug or word holds a tab).</summary>
    private const char Separator = '\t';

    /// <summary>The digest's topics, then its words, each once, with the boost a shared one gets.</summary>
    public static RelatedFeatures Of(EnrichedDigest d)
    {
        var features = new List<RelatedFeature>(d.Topics.Length + d.Terms.Length);
        void Add(string name, int boost)
        {
            foreach (var f in features)
                if (f.Name == name) return;
            features.Add(new RelatedFeature(name, boost));
        }
        for (var k = 0; k < d.Topics.Length; k++) Add("t " + d.Topics[k].Slug, IsPlaceOrEntity(d, k) ? PlaceOrEntityBoost : TopicBoost);
        foreach (var term in d.Terms) Add("w " + term, 1);
        return new RelatedFeatures(d.Slug, d.Date.UtcTicks, [.. features]);
    }

    /// <summary>The features of every digest, at the same positions.</summary>
    public static RelatedFeatures[] Of(IReadOnlyList<EnrichedDigest> digests)
    {
        var result = new RelatedFeatures[digests.Count];
        for (var i = 0; i < result.Length; i++) result[i] = Of(digests[i]);
        return result;
    }

    /// <summary>Whether the digest's topic k is a place or an entity (shared, it counts twice).</summary>
    private static bool IsPlaceOrEntity(EnrichedDigest d, int k) =>
        k < d.TopicKinds.Length && d.TopicKinds[k].Kind is TopicKind.Place or TopicKind.Entity;

    /// <summary>The slug, the date's ticks, then each feature as its boost followed by its name ("2t kenya" for a
    /// place, "1w drought" for a word), separated by tabs.</summary>
    public string Line
    {
        get
        {
            var line = new StringBuilder().Append(Slug).Append(Separator).Append(Ticks.ToString(CultureInfo.InvariantCulture));
            foreach (var (name, boost) in Features) line.Append(Separator).Append(boost.ToString(CultureInfo.InvariantCulture)).Append(name);
            return line.ToString();
        }
    }

    /// <summary>A line's slug and date: the part that says which digest it is and where it stands.</summary>
    public static string HeadOf(string line)
    {
        var first = line.IndexOf(Separator);
        var second = first < 0 ? -1 : line.IndexOf(Separator, first + 1);
        return second < 0 ? line : line[..second];
    }

    /// <summary>A line's features read back: the boost is the digits before the name.</summary>
    public static HashSet<RelatedFeature> FeaturesOf(string line)
    {
        var features = new HashSet<RelatedFeature>();
        foreach (var part in line.Split(Separator).Skip(2))
        {
            var digits = 0;
            while (digits < part.Length && char.IsAsciiDigit(part[digits])) digits++;
            features.Add(new RelatedFeature(part[digits..], int.Parse(part.AsSpan(0, digits), CultureInfo.InvariantCulture)));
        }
        return features;
    }
}

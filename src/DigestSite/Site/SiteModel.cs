using System.Collections.Immutable;
using DigestSite.Configuration;
using DigestSite.Enrichment;
using DigestSite.Topics;

namespace DigestSite.Site;

/// <summary>A topic with the digests that carry it, newest first.</summary>
public sealed record TopicGroup(Topic Topic, ImmutableArray<EnrichedDigest> Digests);

/// <summary>
/// Everything the site will show, decided before anything is rendered: the published digests (newest first),
/// the topics that get pages (most used first), and the routes. Built once per build; read-only after.
/// </summary>
public sealed class SiteModel
{
    private readonly HashSet<string> _topicSlugs;

    public SiteModel(SiteConfig config, Routes routes, TimeZoneInfo zone,
        ImmutableArray<EnrichedDigest> digests, ImmutableArray<TopicGroup> topics)
    {
        Config = config;
        Routes = routes;
        Zone = zone;
        Digests = digests;
        Topics = topics;
        _topicSlugs = topics.Select(t => t.Topic.Slug).ToHashSet(StringComparer.Ordinal);
    }

    public SiteConfig Config { get; }
    public Routes Routes { get; }
    public TimeZoneInfo Zone { get; }
    public ImmutableArray<EnrichedDigest> Digests { get; }
    public ImmutableArray<TopicGroup> Topics { get; }

    /// <summary>Theme strings, lead images, static files (<see cref="SiteNewsroom"/>).</summary>
    public SiteNewsroom Newsroom { get; init; } = SiteNewsroom.Default;

    /// <summary>Every author named by a digest, by name (ignoring case), each with their digests newest first.</summary>
    public ImmutableArray<AuthorGroup> Authors => _authors ??= SiteAuthors.Group(Digests);
    private ImmutableArray<AuthorGroup>? _authors;

    /// <summary>Newest first; ties by slug so the order never depends on file order or threads.</summary>
    public static SiteModel Create(SiteConfig config, string baseUrl, IEnumerable<EnrichedDigest> digests, SiteNewsroom? newsroom = null)
    {
        var sorted = digests.ToArray();
        Array.Sort(sorted, (a, b) => b.Date.CompareTo(a.Date) is var byDate && byDate != 0 ? byDate : string.CompareOrdinal(a.Slug, b.Slug));
        // Digests by topic slug, newest first; a topic is named as its newest digest names it.
        var bySlug = new Dictionary<string, (Topic Topic, List<EnrichedDigest> Digests)>(StringComparer.Ordinal);
        foreach (var d in sorted)
            foreach (var t in d.Topics)
            {
                if (!bySlug.TryGetValue(t.Slug, out var group)) bySlug[t.Slug] = group = (t, []);
                group.Digests.Add(d);
            }
        var groups = new List<TopicGroup>(bySlug.Count);
        foreach (var (topic, list) in bySlug.Values)
            if (list.Count >= config.Topics.MinDigests) groups.Add(new TopicGroup(topic, [.. list]));
        groups.Sort((a, b) => b.Digests.Length.CompareTo(a.Digests.Length) is var bySize && bySize != 0 ? bySize
            : StringComparer.OrdinalIgnoreCase.Compare(a.Topic.Name, b.Topic.Name) is var byName && byName != 0 ? byName
            : string.CompareOrdinal(a.Topic.Slug, b.Topic.Slug));
        var topics = groups.ToImmutableArray();
        return new SiteModel(config, new Routes(baseUrl), TimeZoneInfo.FindSystemTimeZoneById(config.Site.Timezone), [.. sorted], topics)
            { Newsroom = newsroom ?? SiteNewsroom.Default };
    }

    /// <summary>Topics that have a page; a digest links only to these.</summary>
    public bool HasTopicPage(Topic topic) => _topicSlugs.Contains(topic.Slug);
}

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

    /// <summary>Newest first; ties by slug so the order never depends on file order or threads.</summary>
    public static SiteModel Create(SiteConfig config, string baseUrl, IEnumerable<EnrichedDigest> digests)
    {
        var sorted = digests.OrderByDescending(d => d.Date).ThenBy(d => d.Slug, StringComparer.Ordinal).ToImmutableArray();
        var topics = sorted
            .SelectMany(d => d.Topics.Select(t => (Topic: t, Digest: d)))
            .GroupBy(x => x.Topic.Slug, StringComparer.Ordinal)
            .Select(g => new TopicGroup(g.First().Topic, g.Select(x => x.Digest).ToImmutableArray()))
            .Where(g => g.Digests.Length >= config.Topics.MinDigests)
            .OrderByDescending(g => g.Digests.Length).ThenBy(g => g.Topic.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(g => g.Topic.Slug, StringComparer.Ordinal)
            .ToImmutableArray();
        return new SiteModel(config, new Routes(baseUrl), TimeZoneInfo.FindSystemTimeZoneById(config.Site.Timezone), sorted, topics);
    }

    /// <summary>Topics that have a page; a digest links only to these.</summary>
    public bool HasTopicPage(Topic topic) => _topicSlugs.Contains(topic.Slug);
}

using DigestSite.Content;
using DigestSite.Topics;

namespace DigestSite.Enrichment;

/// <summary>What lists show of a digest's body: its summary, its reading time, and its kicker (the label of
/// its first section after the story, shown above the title in lists; empty when it has none).</summary>
/// <param name="WantedSlug">The slug the digest asks for (its front matter's, else its title's), before the site
/// makes it unique: transliterating a title is worth keeping (the table of a script is loaded at first use).</param>
/// <param name="Terms">The words the digest is most about (<see cref="SalientTerms"/>), for related digests.</param>
public sealed record ListingFacts(string Summary, int ReadingMinutes, string Kicker, string WantedSlug, string[] Terms)
{
    public static ListingFacts Of(Digest digest) =>
        new(Enrichment.Summary.Of(digest), Enrichment.Summary.ReadingMinutes(digest), digest.Sections.Length > 1 ? digest.Sections[1].Label : "",
            Slug.From(digest.FrontMatter.Slug ?? digest.Title), SalientTerms.Of(digest));
}

/// <summary>
/// Everything the enrich stage derives from one digest's content alone: a pure function of the file's bytes
/// and <c>statiq.yml</c>, so a build cache keeps it with the file's hash, and a rebuild enriches an unchanged
/// digest without reading its sections (<see cref="Digest.WithDeferredSections"/>). The topic facts, the
/// larger part, are only needed when the corpus step runs again; a cache may hand them over deferred, with
/// their fingerprint, which is all a rebuild needs to know that it need not run.
/// </summary>
public sealed class DigestFacts
{
    private readonly DigestTopicFacts? _topics;
    private readonly Func<DigestTopicFacts?>? _loadTopics;

    public DigestFacts(DigestTopicFacts topics, ListingFacts listing)
    {
        _topics = topics;
        Listing = listing;
        TopicsFingerprint = topics.Fingerprint();
    }

    /// <param name="loadTopics">Gives the topic facts when first asked for, or null when it no longer can (the
    /// enrich stage then finds them again from the digest).</param>
    public DigestFacts(Func<DigestTopicFacts?> loadTopics, byte[] topicsFingerprint, ListingFacts listing)
    {
        _loadTopics = loadTopics;
        Listing = listing;
        TopicsFingerprint = topicsFingerprint;
    }

    public ListingFacts Listing { get; }

    /// <summary><see cref="DigestTopicFacts.Fingerprint"/> of <see cref="Topics"/>.</summary>
    public byte[] TopicsFingerprint { get; }

    /// <summary>The topic facts; null only for deferred ones that could not be loaded.</summary>
    public DigestTopicFacts? Topics => _topics ?? _loadTopics!();
}

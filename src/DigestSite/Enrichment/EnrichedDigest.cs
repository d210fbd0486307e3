using System.Collections.Immutable;
using DigestSite.Content;
using DigestSite.Topics;

namespace DigestSite.Enrichment;

/// <summary>A digest ready for the site: what the file says plus what the build derived from it (slug, date,
/// topics, summary, reading time).</summary>
public sealed record EnrichedDigest
{
    public required string SourcePath { get; init; }
    public required Digest Content { get; init; }
    public required string Slug { get; init; }
    public required DateTimeOffset Date { get; init; }
    public required DateSource DateSource { get; init; }
    public required ImmutableArray<Topic> Topics { get; init; }

    /// <summary>For each of <see cref="Topics"/>, in the same order, how it was chosen: its kind and evidence.</summary>
    public ImmutableArray<ChosenTopic> TopicKinds { get; init; } = [];

    /// <summary>The words the digest is most about (<see cref="SalientTerms"/>), for related digests.</summary>
    public ImmutableArray<string> Terms { get; init; } = [];
    public required string Summary { get; init; }
    public required int ReadingMinutes { get; init; }

    /// <summary>The digest's desk, shown above the title: front matter <c>section</c>, else its main subject ("" if none).</summary>
    public required string Kicker { get; init; }

    /// <summary>The XxHash128 of the file's bytes, or null when unknown. Everything in <see cref="Content"/>,
    /// and what is derived from it alone (title, summary, reading time), follows from these bytes.</summary>
    public byte[]? ContentHash { get; init; }

    /// <summary>Update, correction, authors, sources and lead image.</summary>
    public DigestNews News { get; init; } = DigestNews.None;

    public string Title => Content.Title;
    public string? Source => Content.FrontMatter.Source;
    public string? Image => Content.FrontMatter.Image;
    public bool Draft => Content.FrontMatter.Draft;
}

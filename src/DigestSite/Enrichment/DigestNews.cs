using System.Collections.Immutable;
using DigestSite.Content;

namespace DigestSite.Enrichment;

/// <summary>What a newsroom adds to a digest: when it was last updated and why, who wrote it, what it is based
/// on, and its lead image. Made from the digest's front matter and text and <c>statiq.yml</c>
/// (<see cref="NewsFacts"/>).</summary>
public sealed record DigestNews
{
    /// <summary>Whether the published date was given with a time of day (else it is shown as a day).</summary>
    public bool DateHasTime { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public bool UpdatedHasTime { get; init; }
    public string? Correction { get; init; }
    public ImmutableArray<Author> Authors { get; init; } = [];
    /// <summary>Front matter <c>source</c> and <c>sources</c>, then the text's <c>Source:</c> lines, each URL once.</summary>
    public ImmutableArray<SourceRef> Sources { get; init; } = [];
    public LeadImage? Image { get; init; }

    public static DigestNews None { get; } = new();
}

/// <summary>An author as a byline shows them: a configured profile (<c>authors:</c>) or a name alone.</summary>
public sealed record Author(string Name, string Slug)
{
    public string Bio { get; init; } = "";
    public string Url { get; init; } = "";
    public string Image { get; init; } = "";
}

/// <summary>A digest's lead image as front matter gives it: the path or URL as written, and its texts.</summary>
/// <param name="Line">The line of <c>image</c> in the digest's file.</param>
public sealed record LeadImage(string Source, string Alt, string Caption, string Credit, int Line);

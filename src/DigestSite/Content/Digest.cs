using System.Collections.Immutable;

namespace DigestSite.Content;

/// <summary>A digest as its file says it: the title, the sections in order, and the front matter if any.
/// The first section is always <c>What's the story</c>, whose headline is empty.</summary>
public sealed record Digest(string Title, ImmutableArray<Section> Sections, FrontMatter FrontMatter)
{
    /// <summary>Line of the title in the file (1-based).</summary>
    public int TitleLine { get; init; } = 1;

    public Section Story => Sections[0];
}

/// <summary>A labelled part of a digest: a short label ("Market reaction"), a headline, and paragraphs.</summary>
public sealed record Section(string Label, string Headline, ImmutableArray<string> Paragraphs)
{
    /// <summary>Line of the label in the file (1-based).</summary>
    public int Line { get; init; }

    public bool IsStory => Headline.Length == 0;
}

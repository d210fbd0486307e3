using System.Collections.Immutable;

namespace DigestSite.Content;

/// <summary>What a digest's YAML front matter says. Every field is optional; where it speaks, it wins over
/// what the body or the file name would give.</summary>
public sealed record FrontMatter
{
    public string? Title { get; init; }
    public FrontMatterDate? Date { get; init; }
    public ImmutableArray<string> Topics { get; init; } = [];
    public string? Source { get; init; }
    public string? Summary { get; init; }
    public string? Image { get; init; }
    public bool Draft { get; init; }
    public string? Slug { get; init; }
    /// <summary>The digest's desk or kicker ("Science"); else its main subject is shown.</summary>
    public string? Section { get; init; }

    // Newsroom keys (see FrontMatterNewsroom).
    public FrontMatterDate? Updated { get; init; }
    public string? Correction { get; init; }
    /// <summary>Names, or keys of <c>authors:</c> in <c>statiq.yml</c>, in the order written.</summary>
    public ImmutableArray<string> Authors { get; init; } = [];
    public string? ImageAlt { get; init; }
    public string? ImageCaption { get; init; }
    public string? ImageCredit { get; init; }
    /// <summary>Line of the <c>image</c> key in the file (for "missing image" errors); 0 when there is none.</summary>
    public int ImageLine { get; init; }
    public ImmutableArray<SourceRef> Sources { get; init; } = [];

    public static FrontMatter None { get; } = new();
}

/// <summary>A date as written: a calendar date or a date-time, with an offset only when one was written
/// (otherwise the site's time zone applies).</summary>
public sealed record FrontMatterDate(DateTime Value, TimeSpan? Offset, bool HasTime);

namespace DigestSite.Pages;

// View models of the newsroom features (plain text; templates escape it), beside those of Views.cs.

/// <summary>An image as a template shows it: <c>src</c>, <c>srcset</c> and <c>sizes</c>, its size in pixels
/// (0 when unknown: a remote image), and its texts.</summary>
public sealed record ImageView(string Src, string Srcset, string Sizes, int Width, int Height, string Alt)
{
    public string Caption { get; init; } = "";
    public string Credit { get; init; } = "";
}

/// <summary>A source of a digest; <see cref="Url"/> is "" for a source named without a link.</summary>
public sealed record SourceView(string Title, string Url);

/// <summary>The head of an author's page: the profile from <c>statiq.yml</c> (bio, link, portrait).</summary>
public sealed record AuthorView(string Name, string Bio, string Url, string ImageUrl, string FeedUrl);

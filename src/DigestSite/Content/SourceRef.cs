namespace DigestSite.Content;

/// <summary>A source of a digest: its title (the link's words, else the URL's host), and its URL when it has
/// one (a source may be named without a link: "the ministry's statement").</summary>
public sealed record SourceRef(string Title, string? Url);

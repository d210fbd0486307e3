namespace DigestSite.Configuration;

/// <summary><c>content:</c> in <c>statiq.yml</c>: how digests are read.</summary>
public sealed record ContentSettings
{
    /// <summary>The lines accepted for "What's the story"; empty means the defaults of <c>site.language</c>
    /// (and English's).</summary>
    public IReadOnlyList<string> StoryMarkers { get; init; } = [];
}

/// <summary>An entry of <c>authors:</c> in <c>statiq.yml</c>: how a byline's name is shown and linked.</summary>
public sealed record AuthorProfile(string Name)
{
    public string Bio { get; init; } = "";
    /// <summary>The author's own page elsewhere (http, https or mailto), or "".</summary>
    public string Url { get; init; } = "";
    /// <summary>A portrait: an absolute URL or a path under the site's <c>static/</c> folder, or "".</summary>
    public string Image { get; init; } = "";
}

namespace DigestSite.Content;

/// <summary>
/// The lines that open a digest's story ("What's the story"). Each built-in language has its own; a site
/// accepts those of its <c>site.language</c> and English's, or exactly the lines of <c>content.storyMarkers</c>.
/// A line matches in any case, with a straight or curly apostrophe and an optional final <c>?</c>, <c>:</c>,
/// <c>.</c> or <c>!</c>. Whichever marker opens it, the story is the same section (<see cref="PlainTextDigestParser.StoryLabel"/>),
/// so a digest parses the same in every language.
/// </summary>
public sealed class StoryMarkers
{
    public static readonly IReadOnlyDictionary<string, string[]> BuiltIn = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = ["What's the story", "Whats the story", "What is the story"],
        ["fr"] = ["L'essentiel"],
        ["de"] = ["Worum es geht"],
        ["es"] = ["Qué pasó"],
        ["pt"] = ["O que aconteceu"],
    };

    public static StoryMarkers Default { get; } = new(BuiltIn["en"]);

    private readonly HashSet<string> _markers;

    public StoryMarkers(IEnumerable<string> markers)
    {
        _markers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in markers)
            if (Normalise(m) is { Length: > 0 } n) _markers.Add(n);
        Lines = [.. markers];
    }

    /// <summary>The markers as configured or built in, for messages and <c>digestsite config</c>.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The markers of a site: <paramref name="configured"/> (<c>content.storyMarkers</c>) when it has
    /// any, otherwise those of <paramref name="siteLanguage"/> (<c>site.language</c>) and English's.</summary>
    public static StoryMarkers For(string siteLanguage, IReadOnlyList<string> configured)
    {
        if (configured.Count > 0) return new StoryMarkers(configured);
        var language = Language(siteLanguage);
        return language == "en" || !BuiltIn.TryGetValue(language, out var own) ? Default : new StoryMarkers([.. own, .. BuiltIn["en"]]);
    }

    /// <summary>The primary language subtag: "fr" for "fr-CA".</summary>
    public static string Language(string tag) => tag.Split('-', '_')[0].Trim().ToLowerInvariant();

    public bool IsMarker(string line) => _markers.Contains(Normalise(line));

    private static string Normalise(string line) =>
        line.Trim().Replace('’', '\'').Replace('‘', '\'').TrimEnd('?', ':', '.', '!').Trim().ToLowerInvariant();
}

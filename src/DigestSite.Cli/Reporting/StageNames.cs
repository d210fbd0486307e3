namespace DigestSite.Cli.Reporting;

/// <summary>Words for the build's stages, as the progress display and the plain lines show them. A stage
/// this list does not know (one added later) shows under its own name.</summary>
public static class StageNames
{
    private static readonly Dictionary<string, (string Label, string Unit)> Known = new(StringComparer.Ordinal)
    {
        ["configure"] = ("Reading settings", "file"),
        ["load theme"] = ("Loading theme", "files"),
        ["read"] = ("Reading", "digest files"),
        ["parse"] = ("Parsing", "digests"),
        ["enrich"] = ("Dating and tagging", "digests"),
        ["site model"] = ("Linking topics and related digests", "digests"),
        ["plan pages"] = ("Planning pages", "pages"),
        ["render"] = ("Rendering", "pages"),
        ["outputs"] = ("Feeds, sitemaps, search", "files"),
        ["validate"] = ("Validating", "pages"),
        ["write"] = ("Writing", "files"),
    };

    /// <summary>The stages worth a line of their own when the output is plain text.</summary>
    public static readonly IReadOnlySet<string> Main = new HashSet<string>(StringComparer.Ordinal) { "read", "render", "validate", "write" };

    public static string Label(string stage) => Known.TryGetValue(stage, out var k) ? k.Label : char.ToUpperInvariant(stage[0]) + stage[1..];

    public static string Unit(string stage) => Known.TryGetValue(stage, out var k) ? k.Unit : "items";
}

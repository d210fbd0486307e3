namespace DigestSite.Topics;

/// <summary>
/// The built-in topic aliases (<c>data/aliases.tsv</c>), read once: each line a canonical name and the other
/// spellings that name the same topic ("United Nations": "UN", "U.N."). Enrichment merges topics by them
/// (<see cref="Enrichment.TopicNames"/>); names use their short forms in capitals to tell a body from another
/// named after it ("UN Women" is not the UN).
/// </summary>
internal static class BuiltInAliases
{
    private static readonly Lazy<List<(string Canonical, string[] Aliases)>> AllLines = new(Read);
    private static readonly Lazy<HashSet<string>> ShortNames = new(() =>
        [.. AllLines.Value.SelectMany(line => line.Aliases.Prepend(line.Canonical)).Where(n => !n.Contains(' ') && n.Length >= 2 && Acronyms.IsCapitals(n))]);

    /// <summary>Each line's canonical name and aliases, in the file's order.</summary>
    public static IReadOnlyList<(string Canonical, string[] Aliases)> Lines => AllLines.Value;

    /// <summary>Whether the word is a known body's short name in capitals ("UN", "IMF", "NATO"), written as listed.</summary>
    public static bool IsShortName(string word) => ShortNames.Value.Contains(word);

    private static List<(string Canonical, string[] Aliases)> Read() =>
        [.. Gazetteer.Lines(Gazetteer.Resource("data/aliases.tsv")).Select(line => (line.Name, line.Aliases))];
}

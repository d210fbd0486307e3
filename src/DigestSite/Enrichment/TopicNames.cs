using DigestSite.Configuration;
using DigestSite.Topics;

namespace DigestSite.Enrichment;

/// <summary>Turns any spelling of a topic into its canonical name using <c>topics.aliases</c> (and the built-in
/// <c>data/aliases.tsv</c>), and drops the
/// names in <c>topics.exclude</c>. Comparison ignores case and punctuation (it compares slugs).</summary>
public sealed class TopicNames
{
    private readonly Dictionary<string, string> _canonicalBySlug = new(StringComparer.Ordinal);
    private readonly HashSet<string> _excluded = new(StringComparer.Ordinal);

    public TopicNames(TopicSettings settings)
    {
        // Built-in aliases first ("EU" is the European Union); the site's own win over them.
        foreach (var (canonical, aliases) in BuiltInAliases.Lines)
        {
            _canonicalBySlug[Slug.From(canonical)] = canonical;
            foreach (var alias in aliases) _canonicalBySlug[Slug.From(alias)] = canonical;
        }
        foreach (var (canonical, aliases) in settings.Aliases)
        {
            _canonicalBySlug[Slug.From(canonical)] = canonical;
            foreach (var alias in aliases) _canonicalBySlug[Slug.From(alias)] = canonical;
        }
        foreach (var name in settings.Exclude) _excluded.Add(Slug.From(name));
    }

    /// <summary>The canonical name, or null when the topic is excluded or has no letters or digits. (A site names
    /// the same topics thousands of times: the caller asks once per spelling.)</summary>
    public string? Canonical(string name)
    {
        var trimmed = name.Trim();
        var slug = Slug.From(trimmed);
        if (slug.Length == 0) return null;
        var canonical = _canonicalBySlug.GetValueOrDefault(slug, trimmed);
        return _excluded.Contains(Slug.From(canonical)) || _excluded.Contains(slug) ? null : canonical;
    }

    /// <summary><see cref="TopicExtractor.TopicKey"/> of a spelling: spellings with one key are one topic.</summary>
    public string Key(string name) => TopicExtractor.TopicKey(name);

    /// <summary>True when the configured aliases name this spelling's canonical form explicitly.</summary>
    public bool IsConfigured(string name) => _canonicalBySlug.ContainsKey(Slug.From(name));
}

using System.Text.RegularExpressions;
using DigestSite.Content.Markup;

namespace DigestSite.Content;

/// <summary>
/// A <c>Source:</c> or <c>Sources:</c> line in a digest's text: its links (Markdown links or bare URLs,
/// separated as the editor likes) are the digest's sources; a line without a link names a source in words.
/// </summary>
public static partial class SourceLines
{
    public static bool TryRead(string line, out IReadOnlyList<SourceRef> sources)
    {
        sources = [];
        var m = SourcePrefix().Match(line);
        if (!m.Success) return false;
        var rest = line[m.Length..].Trim();
        if (rest.Length == 0) return false;
        var links = InlineMarkdown.Links(rest).Where(l => !l.IsImage).ToList();
        sources = links.Count == 0
            ? [new SourceRef(InlineMarkdown.ToPlain(rest).TrimEnd('.'), null)]
            : links.Select(l => Ref(l.Url) with { Title = l.Words.Length > 0 && l.Words != l.Url ? l.Words : Host(l.Url) }).ToList();
        return true;
    }

    /// <summary>A source from its URL, titled by the URL's host.</summary>
    public static SourceRef Ref(string url) => new(Host(url), url);

    /// <summary>The host of an absolute URL without "www.", else the URL as written.</summary>
    public static string Host(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
            : url;

    [GeneratedRegex(@"^\s*sources?\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourcePrefix();
}

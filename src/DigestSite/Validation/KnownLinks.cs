namespace DigestSite.Validation;

/// <summary>A URL of a page, resolved, with the file it names when that file exists.</summary>
public sealed record ResolvedLink(string Url, LinkTarget Target, string? File);

/// <summary>
/// The URLs one checker has resolved, for the URLs whose target does not depend on the page they are on
/// (root-relative and absolute ones): a site repeats the same navigation, topic and digest links on thousands
/// of pages, and each is then resolved and looked up once per worker, and found again without building a
/// string. Relative and fragment-only URLs are resolved each time.
/// </summary>
public sealed class KnownLinks(SiteIndex site, LinkResolver resolver)
{
    private readonly Dictionary<string, ResolvedLink> _byUrl = new(StringComparer.Ordinal);

    public ResolvedLink Resolve(ReadOnlySpan<char> url, string pagePath)
    {
        var known = _byUrl.GetAlternateLookup<ReadOnlySpan<char>>();
        if (known.TryGetValue(url, out var link)) return link;

        var text = url.ToString();
        var target = resolver.Resolve(text, pagePath);
        string? file = target.Kind == LinkKind.Internal && site.TryFind(target.Path, out var found) ? found : null;
        link = new ResolvedLink(text, target, file);
        if (LinkResolver.IsSameOnEveryPage(url)) _byUrl[text] = link;
        return link;
    }
}

using DigestSite.Site;

namespace DigestSite.Preview.Building;

/// <summary>
/// Where each digest's page is, by source file. A digest's URL comes from its title unless the front matter
/// fixes a slug, so retitling a digest moves its page; comparing two builds tells an open page where its digest
/// went, and the page follows it instead of reloading into a 404.
/// </summary>
public static class DigestLinks
{
    public static IReadOnlyDictionary<string, string> Of(SiteModel? site) =>
        site is null
            ? new Dictionary<string, string>()
            : site.Digests.ToDictionary(d => d.SourcePath, d => site.Routes.Link(Routes.Digest(d.Slug)), StringComparer.Ordinal);

    /// <summary>Old page path → new page path, for every digest whose page moved.</summary>
    public static IReadOnlyDictionary<string, string> Moves(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var moves = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (source, oldLink) in before)
            if (after.TryGetValue(source, out var newLink) && newLink != oldLink)
                moves[oldLink] = newLink;
        return moves;
    }
}

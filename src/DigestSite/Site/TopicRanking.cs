namespace DigestSite.Site;

/// <summary>
/// The order of topics in the main navigation: by how many digests carry them in the 30 days up to the newest
/// digest (what the site covers now), then by all their digests, then by name. The newest digest's date, not
/// the build's clock, so that two builds of the same input are the same.
/// </summary>
public static class TopicRanking
{
    public const int RecentDays = 30;

    public static List<TopicGroup> ForNavigation(SiteModel site)
    {
        if (site.Digests.Length == 0) return [];
        var since = site.Digests[0].Date.AddDays(-RecentDays);
        var ranked = new List<(TopicGroup Group, int Recent)>(site.Topics.Length);
        foreach (var group in site.Topics)
        {
            var recent = 0;
            foreach (var d in group.Digests)
                if (d.Date > since) recent++;
            ranked.Add((group, recent));
        }
        ranked.Sort((a, b) => a.Recent != b.Recent ? b.Recent - a.Recent
            : a.Group.Digests.Length != b.Group.Digests.Length ? b.Group.Digests.Length - a.Group.Digests.Length
            : string.Compare(a.Group.Topic.Name, b.Group.Topic.Name, StringComparison.OrdinalIgnoreCase) is var byName && byName != 0 ? byName
            : string.CompareOrdinal(a.Group.Topic.Slug, b.Group.Topic.Slug));
        return ranked.ConvertAll(r => r.Group);
    }
}

using System.Globalization;
using DigestSite.Site;

namespace DigestSite.Preview.Building;

/// <summary>
/// The digests a <c>preview --drafts --future</c> shows that a published site would not: drafts and digests dated
/// after "now". Their pages carry a banner in the preview (added when served, never written), keyed by page path,
/// so an editor never mistakes a draft or a scheduled digest for a published one.
/// </summary>
public static class UnpublishedMarks
{
    public static IReadOnlyDictionary<string, string> Of(SiteModel? site, DateTimeOffset now)
    {
        var marks = new Dictionary<string, string>(StringComparer.Ordinal);
        if (site is null) return marks;
        foreach (var digest in site.Digests)
        {
            var scheduled = digest.Date > now;
            if (!digest.Draft && !scheduled) continue;
            var when = TimeZoneInfo.ConvertTime(digest.Date, site.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var text = (digest.Draft, scheduled) switch
            {
                (true, true) => $"Draft, scheduled for {when}: not published until 'draft: true' is removed and that time comes.",
                (true, false) => "Draft: not published until the line 'draft: true' is removed.",
                _ => $"Scheduled: published from {when}, by the first build after that time.",
            };
            marks[site.Routes.Link(Routes.Digest(digest.Slug))] = text;
        }
        return marks;
    }
}

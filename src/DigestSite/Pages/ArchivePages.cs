using System.Globalization;
using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary><c>/archive/</c>, listing months with counts, and one paginated page per month.</summary>
public static class ArchivePages
{
    public const string IndexTemplate = "archive";
    public const string MonthTemplate = "archive-month";

    public static IEnumerable<PageJob> Plan(SiteModel site, ViewFactory views, PageSources? sources = null)
    {
        var months = Archive.Months(site.Digests);
        yield return Index(site, views, sources, months);
        foreach (var month in months)
        {
            var name = $"{site.Newsroom.Strings.MonthName(month.Month)} {month.Year:D4}";
            var count = month.Digests.Length;
            var intro = count == 1 ? "1 digest" : $"{count} digests";
            var pages = ListPages.Paged(site, views, sources, month.Digests, n => Routes.ArchiveMonth(month.Year, month.Month, n),
                MonthTemplate, name, intro, n =>
                    new PageMeta(n == 1 ? name : $"{name}, page {n}", $"News digests from {name}: {intro}.",
                        site.Routes.Absolute(Routes.ArchiveMonth(month.Year, month.Month, n))) { Kind = "archive" },
                origin: $"archive {month.Year:D4}-{month.Month:D2}");
            foreach (var page in pages) yield return page;
        }
    }

    private static PageJob Index(SiteModel site, ViewFactory views, PageSources? sources, IReadOnlyList<ArchiveMonth> months)
    {
        // Months are newest first, so a year's months follow one another: one pass groups them.
        var years = new List<ArchiveYearView>();
        for (var i = 0; i < months.Count;)
        {
            var year = months[i].Year;
            var count = 0;
            var monthViews = new List<ArchiveMonthView>();
            for (; i < months.Count && months[i].Year == year; i++)
            {
                var m = months[i];
                count += m.Digests.Length;
                monthViews.Add(new ArchiveMonthView(site.Newsroom.Strings.MonthName(m.Month),
                    site.Routes.Link(m.OutputPath), m.Digests.Length));
            }
            years.Add(new ArchiveYearView(year, count, monthViews));
        }
        var view = new ArchiveIndexView(site.Digests.Length, months.Count, years);
        var meta = new PageMeta("Archive", $"Every digest of {site.Config.Site.Title}, month by month.",
            site.Routes.Absolute(Routes.ArchiveIndex)) { Kind = "archive-index" };
        return new PageJob(Routes.ArchiveIndex, IndexTemplate, () => new PageModel(views.Site, meta) { ArchiveIndex = view },
            "archive index", sources?.Page("archive index", meta, view));
    }

    public static string MonthName(int year, int month) =>
        new DateTime(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}

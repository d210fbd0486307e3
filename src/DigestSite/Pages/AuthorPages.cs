using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>A page per author at <c>/authors/&lt;slug&gt;/</c> (paginated like a topic): the profile from
/// <c>statiq.yml</c> and the author's digests, newest first, with a link to the author's feed.</summary>
public static class AuthorPages
{
    public const string Template = "author";

    public static IEnumerable<PageJob> Plan(SiteModel site, ViewFactory views, PageSources? sources)
    {
        var jobs = new List<PageJob>();
        var strings = site.Newsroom.Strings;
        foreach (var group in site.Authors)
        {
            var a = group.Author;
            var feed = site.Routes.Link(Routes.AuthorFeed(a.Slug));
            var profile = new AuthorView(a.Name, a.Bio, a.Url, ProfileImage(site, a.Image), feed);
            var count = group.Digests.Length;
            var intro = a.Bio.Length > 0 ? a.Bio : null;
            var heading = $"{strings["digests_by"]} {a.Name}";
            foreach (var job in ListPages.Paged(site, views, sources, group.Digests, n => Routes.Author(a.Slug, n), Template, heading, intro, n =>
                new PageMeta(n == 1 ? a.Name : $"{a.Name}, page {n}",
                    a.Bio.Length > 0 ? a.Bio : $"{heading} ({count}).", site.Routes.Absolute(Routes.Author(a.Slug, n)))
                    { Kind = "author", FeedUrl = feed, OgType = "profile" },
                origin: $"author '{a.Name}'", extra: hash => hash.Text(profile.Name).Text(profile.Bio).Text(profile.Url).Text(profile.ImageUrl).Text(profile.FeedUrl)))
            {
                jobs.Add(job.WithModel(m => m with { Author = profile }));
            }
        }
        return jobs;
    }

    /// <summary>A portrait: an absolute URL as it is, a path as a link from the site's root.</summary>
    private static string ProfileImage(SiteModel site, string image) =>
        image.Length == 0 || Uri.TryCreate(image, UriKind.Absolute, out _) ? image : site.Routes.BasePath + image.TrimStart('/');
}

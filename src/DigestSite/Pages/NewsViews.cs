using DigestSite.Content;
using DigestSite.Content.Markup;
using DigestSite.Enrichment;
using DigestSite.Site;

namespace DigestSite.Pages;

/// <summary>The parts of a digest's views that the newsroom features add: paragraphs as HTML, bylines, the
/// lead image and its thumbnail, key points.</summary>
public static class NewsViews
{
    /// <summary>How wide the lead image is shown: the page's text column, the full width of a phone.</summary>
    public const string LeadSizes = "(max-width: 46rem) 100vw, 46rem";
    public const string ThumbnailSizes = "8rem";
    public const int ThumbnailWidth = 480;

    public static IReadOnlyList<string> ParagraphsHtml(Section s)
    {
        var html = new string[s.Paragraphs.Length];
        for (var i = 0; i < html.Length; i++) html[i] = InlineMarkdown.ToHtml(s.Paragraphs[i]);
        return html;
    }

    public static IReadOnlyList<LinkView> AuthorLinks(SiteModel site, EnrichedDigest d) =>
        [.. d.News.Authors.Where(a => a.Slug.Length > 0).Select(a => new LinkView(a.Name, site.Routes.Link(Routes.Author(a.Slug))))];

    /// <summary>"A", "A and B", "A, B and C", with the site language's "and".</summary>
    public static string Byline(SiteModel site, EnrichedDigest d)
    {
        var names = d.News.Authors.Select(a => a.Name).ToList();
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            _ => $"{string.Join(", ", names.Take(names.Count - 1))} {site.Newsroom.Strings["and"]} {names[^1]}",
        };
    }

    public static ImageView? LeadImage(SiteModel site, EnrichedDigest d)
    {
        if (site.Newsroom.Images.For(d) is not { } image || d.News.Image is not { } lead) return null;
        return new ImageView(image.Url, image.Srcset, image.Variants.Length > 1 ? LeadSizes : "", image.Width, image.Height, lead.Alt)
            { Caption = lead.Caption, Credit = lead.Credit };
    }

    /// <summary>A card's thumbnail: the narrowest copy of the lead image that fills it.</summary>
    public static ImageView? Thumbnail(SiteModel site, EnrichedDigest d)
    {
        if (site.Newsroom.Images.For(d) is not { } image || d.News.Image is not { } lead) return null;
        if (image.Smallest(ThumbnailWidth) is not { } small) return new ImageView(image.Url, "", "", 0, 0, lead.Alt);
        return new ImageView(small.Url, "", "", small.Width, small.Height, lead.Alt);
    }

    public static IReadOnlyList<LinkView> KeyPoints(IReadOnlyList<SectionView> sections)
    {
        var points = sections.Where(s => s.Headline.Length > 0).Select(s => new LinkView(s.Headline, "#" + s.Id)).ToList();
        return points.Count >= 2 ? points : [];
    }
}

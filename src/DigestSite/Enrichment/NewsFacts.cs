using System.Collections.Immutable;
using DigestSite.Configuration;
using DigestSite.Content;
using DigestSite.Content.Markup;

namespace DigestSite.Enrichment;

/// <summary>Makes a digest's <see cref="DigestNews"/>: dates in the site's time zone, authors looked up in
/// <c>authors:</c>, sources gathered and checked against the URL allow-list.</summary>
public sealed class NewsFacts(SiteConfig config, DateResolver dates)
{
    public DigestNews Of(Digest digest)
    {
        var fm = digest.FrontMatter;
        if (ReferenceEquals(fm, FrontMatter.None) && digest.Sources.IsEmpty) return DigestNews.None;
        return new DigestNews
        {
            DateHasTime = fm.Date?.HasTime ?? false,
            Updated = fm.Updated is { } u ? dates.At(u) : null,
            UpdatedHasTime = fm.Updated?.HasTime ?? false,
            Correction = fm.Correction,
            Authors = [.. fm.Authors.Select(AuthorOf)],
            Sources = Sources(digest),
            Image = fm.Image is { } image ? new LeadImage(image, fm.ImageAlt ?? "", fm.ImageCaption ?? "", fm.ImageCredit ?? "", fm.ImageLine) : null,
        };
    }

    public Author AuthorOf(string nameOrKey) =>
        config.Authors.TryGetValue(nameOrKey, out var p)
            ? new Author(p.Name, Slug.From(nameOrKey)) { Bio = p.Bio, Url = p.Url, Image = p.Image }
            : new Author(nameOrKey, Slug.From(nameOrKey));

    private static ImmutableArray<SourceRef> Sources(Digest digest)
    {
        var fm = digest.FrontMatter;
        var all = new List<SourceRef>();
        if (fm.Source is { } source) all.Add(SourceLines.Ref(source));
        all.AddRange(fm.Sources);
        all.AddRange(digest.Sources);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<SourceRef>();
        foreach (var s in all)
        {
            // A URL the allow-list refuses keeps its words, without the link.
            var kept = s.Url is null || ContentUrls.IsAllowed(s.Url) ? s : s with { Url = null };
            if (seen.Add(kept.Url ?? "\0" + kept.Title)) result.Add(kept);
        }
        return result.DrainToImmutable();
    }
}

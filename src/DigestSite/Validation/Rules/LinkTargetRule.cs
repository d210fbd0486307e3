using AngleSharp.Dom;

namespace DigestSite.Validation.Rules;

/// <summary>
/// broken-link and outside-base-path: every URL of a page that resolves into the site must name a file the
/// build produces. Links with a #fragment to a file that exists are handed on to the fragment pass.
/// </summary>
public sealed class LinkTargetRule(SiteIndex site, LinkResolver resolver) : PageRule
{
    private readonly KnownLinks _links = new(site, resolver);

    public override void Visit(IElement element, PageScan page)
    {
        foreach (var attribute in UrlAttributes.Of(element.LocalName))
            if (element.GetAttribute(attribute) is { } url)
                Check(element, _links.Resolve(url, page.Page.Path), page);
        if (UrlAttributes.HasSrcset(element.LocalName) && element.GetAttribute("srcset") is { } srcset)
            foreach (var url in UrlAttributes.SrcsetUrls(srcset))
                Check(element, _links.Resolve(url, page.Page.Path), page);
    }

    private void Check(IElement element, ResolvedLink link, PageScan page)
    {
        var (url, target) = (link.Url, link.Target);
        switch (target.Kind)
        {
            case LinkKind.Internal when link.File is { } file:
                if (!string.IsNullOrEmpty(target.Fragment))
                {
                    var (line, column) = PageScan.Position(element);
                    page.AddFragmentLink(new FragmentLink(file, target.Fragment, url, line, column));
                }
                break;
            case LinkKind.Internal:
                page.Report(ValidationRules.BrokenLink, element, $"broken link '{url}': the site has no /{target.Path}");
                break;
            case LinkKind.OutsideBasePath:
                ReportOutside(element, url, target.Path, page);
                break;
        }
    }

    /// <summary>A root-relative link that leaves the base path: when the same path exists inside the site,
    /// the template almost surely forgot the base path (an error); otherwise it may be another site on the
    /// same host, which we cannot check (a warning).</summary>
    private void ReportOutside(IElement element, string url, string urlPath, PageScan page)
    {
        var inside = urlPath.TrimStart('/');
        if (inside.Length == 0 || inside.EndsWith('/')) inside += "index.html";
        if (site.Exists(inside))
            page.Report(ValidationRules.BrokenLink, element,
                $"broken link '{url}': outside the site's base path {site.BasePath} (did you mean {site.BasePath}{urlPath.TrimStart('/')}?)");
        else
            page.Report(ValidationRules.OutsideBasePath, element,
                $"link '{url}' leaves the site's base path {site.BasePath}; not checked");
    }
}

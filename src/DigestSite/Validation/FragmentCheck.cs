using DigestSite.Diagnostics;

namespace DigestSite.Validation;

/// <summary>
/// The second pass: a link to "#id" or "page/#id" needs that id (or an a[name]) on its target page, which
/// can only be known once every page has been read. Links to files that are not pages (feeds, images) are not
/// checked: their fragments mean something else.
/// </summary>
public static class FragmentCheck
{
    public static void Run(IReadOnlyList<PageResult> pages, DiagnosticBag diagnostics)
    {
        var byPath = new Dictionary<string, PageResult>(pages.Count, StringComparer.Ordinal);
        foreach (var page in pages) byPath[page.Page.Path] = page;

        foreach (var page in pages)
            foreach (var link in page.FragmentLinks)
            {
                if (!byPath.TryGetValue(link.TargetPath, out var target)) continue;
                if (target.HasAnchor(link.Fragment) || IsTopOfPage(link.Fragment) || IsTextDirective(link.Fragment)) continue;
                var where = link.TargetPath == page.Page.Path ? "this page" : "/" + link.TargetPath;
                diagnostics.Add(new Diagnostic(page.Page.Path, link.Line, ValidationRules.MissingAnchor.Severity,
                    $"missing anchor '{link.Href}': {where} has no element with id '{link.Fragment}'", ValidationRules.MissingAnchor.Id)
                {
                    Column = link.Column,
                    Origin = page.Page.Origin,
                });
            }
    }

    /// <summary>Browsers scroll to the top for "#top" when no element has that id.</summary>
    private static bool IsTopOfPage(string fragment) => fragment.Equals("top", StringComparison.OrdinalIgnoreCase);

    /// <summary>"#:~:text=..." highlights text; it names no element.</summary>
    private static bool IsTextDirective(string fragment) => fragment.StartsWith(":~:", StringComparison.Ordinal);
}

using DigestSite.Diagnostics;
using DigestSite.Site;

namespace DigestSite.Validation;

/// <summary>
/// The validate stage, on the final bytes of every HTML page of the build. First pass: every page in
/// parallel, one checker (parser and rules) per worker, collecting its findings and its ids. Second pass:
/// fragment links, against the ids of every page.
/// </summary>
public static class SiteValidator
{
    /// <param name="reuse">Gives a page's first-pass result from an earlier build, or null to check it here.</param>
    /// <returns>Every page's first-pass result.</returns>
    public static IReadOnlyList<PageResult> Validate(IReadOnlyList<OutputFile> files, Routes routes, bool checkLinks, DiagnosticBag diagnostics,
        Func<OutputFile, PageResult?>? reuse = null)
    {
        var paths = new string[files.Count];
        var pages = new List<OutputFile>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            paths[i] = files[i].Path;
            if (files[i].IsHtml) pages.Add(files[i]);
        }
        var index = new SiteIndex(paths, routes.BasePath);
        var resolver = new LinkResolver(routes);

        var results = new PageResult[pages.Count];
        Parallel.For(0, pages.Count,
            () => new PageChecker(index, resolver, checkLinks),
            (i, _, checker) =>
            {
                results[i] = reuse?.Invoke(pages[i]) ?? checker.Check(pages[i]);
                return checker;
            },
            _ => { });

        foreach (var result in results) diagnostics.AddRange(result.Findings);
        if (checkLinks) FragmentCheck.Run(results, diagnostics);
        return results;
    }
}

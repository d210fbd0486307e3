using System.Collections.Concurrent;
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

        // Parallel.For's workers end and start again every so often, each with a new local state: idle
        // checkers wait in a bag for the next one, so that a checker's buffers, recycled nodes and resolved links
        // serve the whole stage, not a slice of it. A worker makes one only once it meets a page to check: in an
        // incremental build most pages are reused, and a checker costs milliseconds to set up.
        var idle = new ConcurrentBag<PageChecker>();
        var results = new PageResult[pages.Count];
        Parallel.For(0, pages.Count,
            () => idle.TryTake(out var checker) ? checker : null,
            (i, _, checker) =>
            {
                if (reuse?.Invoke(pages[i]) is { } reused)
                {
                    results[i] = reused;
                    return checker;
                }
                checker ??= idle.TryTake(out var waiting) ? waiting : new PageChecker(index, resolver, checkLinks);
                results[i] = checker.Check(pages[i]);
                return checker;
            },
            checker =>
            {
                if (checker is not null) idle.Add(checker);
            });

        foreach (var result in results) diagnostics.AddRange(result.Findings);
        if (checkLinks) FragmentCheck.Run(results, diagnostics);
        return results;
    }
}

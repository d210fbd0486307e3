using System.Collections.Concurrent;
using DigestSite.Diagnostics;
using DigestSite.Site;

namespace DigestSite.Validation;

/// <summary>
/// The validate stage, on the final bytes of every HTML page of the build. First pass (<see cref="Check"/>):
/// each page, on whichever thread made it, with a checker (parser and rules) from a shared pool, giving its
/// findings and its ids. Second pass (<see cref="Finish"/>): fragment links, against the ids of every page.
/// Links are checked against the paths the build will write, known before the first page is made, so that a
/// page can be checked as soon as it is rendered, while its bytes are still in memory.
/// </summary>
public sealed class SiteValidator
{
    private readonly SiteIndex _index;
    private readonly LinkResolver _resolver;
    private readonly bool _checkLinks;
    private readonly Func<OutputFile, PageResult?>? _reuse;

    // Checkers wait here between pages: a checker's parser, rules and resolved links serve the whole build, so
    // there is one per worker thread. One is made only once a thread meets a page to check: in an incremental
    // build most pages are reused and need none.
    private readonly ConcurrentBag<PageChecker> _idle = new();

    /// <param name="outputPaths">Every file the build writes (pages and the rest).</param>
    /// <param name="reuse">Gives a page's first-pass result from an earlier build, or null to check it here.</param>
    public SiteValidator(IEnumerable<string> outputPaths, Routes routes, bool checkLinks, Func<OutputFile, PageResult?>? reuse = null)
    {
        _index = new SiteIndex(outputPaths, routes.BasePath);
        _resolver = new LinkResolver(routes);
        _checkLinks = checkLinks;
        _reuse = reuse;
    }

    /// <summary>The first pass on one HTML page; from any thread.</summary>
    public PageResult Check(OutputFile page)
    {
        if (_reuse?.Invoke(page) is { } reused) return reused;
        var checker = _idle.TryTake(out var idle) ? idle : new PageChecker(_index, _resolver, _checkLinks);
        try
        {
            return checker.Check(page);
        }
        finally
        {
            _idle.Add(checker);
        }
    }

    /// <summary>The findings of every page's first pass, in the order given, then the second pass.</summary>
    public void Finish(IReadOnlyList<PageResult> results, DiagnosticBag diagnostics)
    {
        foreach (var result in results) diagnostics.AddRange(result.Findings);
        if (_checkLinks) FragmentCheck.Run(results, diagnostics);
    }

    /// <summary>Both passes over a finished list of files (every HTML page in parallel).</summary>
    /// <returns>Every page's first-pass result, in the order of <paramref name="files"/>.</returns>
    public static IReadOnlyList<PageResult> Validate(IReadOnlyList<OutputFile> files, Routes routes, bool checkLinks, DiagnosticBag diagnostics,
        Func<OutputFile, PageResult?>? reuse = null)
    {
        var validator = new SiteValidator(files.Select(f => f.Path), routes, checkLinks, reuse);
        var pages = files.Where(f => f.IsHtml).ToList();
        var results = new PageResult[pages.Count];
        Parallel.For(0, pages.Count, i => results[i] = validator.Check(pages[i]));
        validator.Finish(results, diagnostics);
        return results;
    }
}

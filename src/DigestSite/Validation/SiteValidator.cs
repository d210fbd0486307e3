using System.Collections.Concurrent;
using DigestSite.Diagnostics;
using DigestSite.Site;

namespace DigestSite.Validation;

/// <summary>The validate stage: every HTML page of the build, checked in parallel, one parser per worker.</summary>
public static class SiteValidator
{
    public static void Validate(IReadOnlyList<OutputFile> files, Routes routes, bool checkLinks, DiagnosticBag diagnostics)
    {
        var index = new SiteIndex(files.Select(f => f.Path), routes.BasePath);
        var resolver = new LinkResolver(routes);
        var pages = files.Where(f => f.IsHtml).ToList();
        var found = new ConcurrentBag<Diagnostic>();
        Parallel.ForEach(pages,
            () => new PageChecker(index, resolver, checkLinks),
            (page, _, checker) =>
            {
                foreach (var d in checker.Check(page)) found.Add(d);
                return checker;
            },
            _ => { });
        diagnostics.AddRange(found);
    }
}

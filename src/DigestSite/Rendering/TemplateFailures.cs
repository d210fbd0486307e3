using System.Collections.Concurrent;
using DigestSite.Diagnostics;
using Scriban.Syntax;

namespace DigestSite.Rendering;

/// <summary>
/// Template errors met while rendering, each kept once with the pages it failed: an error in a partial or the
/// layout fails every page that uses it, and is one mistake at one place (the template's path and line), not
/// one message per page. Safe to add to from many threads.
/// </summary>
internal sealed class TemplateFailures
{
    /// <summary>How many of the failed pages an error names; the rest are counted.</summary>
    private const int PagesNamed = 3;

    private readonly ConcurrentDictionary<(string Path, int Line, int Column, string Message), ConcurrentBag<string>> _failures = new();

    /// <param name="templatePath">The page's template, for an error Scriban gives without a file.</param>
    /// <param name="page">The output path of the page that failed.</param>
    public void Add(ScriptRuntimeException e, string templatePath, string page) =>
        _failures.GetOrAdd((e.Span.FileName ?? templatePath, e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage), _ => [])
            .Add(page);

    /// <summary>One error for each place, naming the first pages (in path order) and counting the others.</summary>
    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var ((path, line, column, message), bag) in _failures)
        {
            var pages = bag.Order(StringComparer.Ordinal).ToList();
            var named = string.Join(", ", pages.Take(PagesNamed));
            var which = pages.Count switch
            {
                1 => $"page {named} not rendered",
                <= PagesNamed => $"{pages.Count} pages not rendered: {named}",
                _ => $"{pages.Count} pages not rendered: {named} and {pages.Count - PagesNamed} more",
            };
            diagnostics.Add(new Diagnostic(path, line, Severity.Error, $"template error: {message} ({which})", "template") { Column = column });
        }
        _failures.Clear();
    }
}

using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using DigestSite.Diagnostics;
using DigestSite.Site;

namespace DigestSite.Validation;

/// <summary>
/// Checks one page at a time with its own AngleSharp parser (one checker per worker thread: a parser's
/// <c>Error</c> event is per instance). Reads the final bytes, exactly as they will be written.
/// </summary>
public sealed class PageChecker
{
    private static readonly (string Selector, string Attribute)[] LinkAttributes =
    [
        ("a[href]", "href"), ("link[href]", "href"), ("img[src]", "src"), ("script[src]", "src"),
        ("source[src]", "src"), ("iframe[src]", "src"), ("video[src]", "src"), ("audio[src]", "src"),
    ];

    private readonly HtmlParser _parser;
    private readonly List<HtmlErrorEvent> _parseErrors = [];
    private readonly SiteIndex _site;
    private readonly LinkResolver _links;
    private readonly bool _checkLinks;

    public PageChecker(SiteIndex site, LinkResolver links, bool checkLinks)
    {
        _site = site;
        _links = links;
        _checkLinks = checkLinks;
        _parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        _parser.Error += (_, e) => _parseErrors.Add((HtmlErrorEvent)e);
    }

    public IEnumerable<Diagnostic> Check(OutputFile page)
    {
        _parseErrors.Clear();
        using var document = _parser.ParseDocument(Encoding.UTF8.GetString(page.Bytes));
        var found = new List<Diagnostic>();
        Diagnostic At(int line, int column, Severity severity, string message, string rule) =>
            new(page.Path, line, severity, message, rule) { Column = column, Origin = page.Origin };

        foreach (var e in _parseErrors)
            found.Add(At(e.Position.Line, e.Position.Column, Severity.Error, $"HTML parse error: {e.Message}", "html-parse"));

        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            var id = element.Id!;
            var (line, col) = Position(element);
            if (seenIds.TryGetValue(id, out var firstLine))
                found.Add(At(line, col, Severity.Error, $"duplicate id '{id}' (first on line {firstLine})", "duplicate-id"));
            else
                seenIds[id] = line;
        }

        if (_checkLinks)
            foreach (var (selector, attribute) in LinkAttributes)
                foreach (var element in document.QuerySelectorAll(selector))
                    CheckLink(page, element, element.GetAttribute(attribute)!, At, found);

        return found;
    }

    private void CheckLink(OutputFile page, IElement element, string href,
        Func<int, int, Severity, string, string, Diagnostic> at, List<Diagnostic> found)
    {
        var target = _links.Resolve(href, page.Path);
        var (line, col) = Position(element);
        switch (target.Kind)
        {
            case LinkKind.OutsideBasePath:
                found.Add(at(line, col, Severity.Error, $"broken link '{href}': outside the site (base path {_site.BasePath})", "broken-link"));
                break;
            case LinkKind.Internal when !_site.Exists(target.Path):
                found.Add(at(line, col, Severity.Error, $"broken link '{href}': no page at /{target.Path}", "broken-link"));
                break;
        }
    }

    private static (int Line, int Column) Position(IElement element) =>
        element.SourceReference is { } r ? (r.Position.Line, r.Position.Column) : (0, 0);
}

using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using DigestSite.Site;
using DigestSite.Validation.Rules;

namespace DigestSite.Validation;

/// <summary>
/// Checks one page at a time with its own AngleSharp parser and its own rule instances (one checker per worker
/// thread: the parser's error list and the rules' per-page state are per instance). Reads the final bytes,
/// exactly as they will be written, into AngleSharp's DOM, and walks its elements once for all rules.
/// </summary>
public sealed class PageChecker
{
    private readonly HtmlParser _parser;
    private readonly List<HtmlErrorEvent> _errors = [];
    private readonly PageRule[] _rules;
    private readonly PageScan _scan = new();

    public PageChecker(SiteIndex site, LinkResolver links, bool checkLinks)
    {
        // Source references give every element the line and column of its start tag, for the findings.
        _parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        _parser.Error += (_, e) => _errors.Add((HtmlErrorEvent)e);
        _rules = checkLinks ? [.. PageOnlyRules(), new LinkTargetRule(site, links)] : PageOnlyRules();
    }

    private static PageRule[] PageOnlyRules() =>
    [
        new DuplicateIdRule(), new UrlSchemeRule(), new EmptyLinkRule(), new ImageAltRule(), new PageLanguageRule(), new PageTitleRule(),
        new MetaDescriptionRule(), new SingleH1Rule(), new HeadingOrderRule(),
    ];

    public PageResult Check(OutputFile page)
    {
        var text = Encoding.UTF8.GetString(page.Content);
        _errors.Clear();
        using var document = _parser.ParseDocument(text);
        _scan.Start(page, document);

        foreach (var e in _errors)
        {
            var (line, column) = (e.Position.Line, e.Position.Column);
            var at = SourceExcerpt.At(text, line, column);
            _scan.Report(ValidationRules.ParseError, line, column,
                at.Length > 0 ? $"HTML parse error at '{at}': {e.Message}" : $"HTML parse error: {e.Message}");
        }

        foreach (var rule in _rules) rule.Begin(_scan);
        if (document.DocumentElement is { } root) Walk(root);
        foreach (var rule in _rules) rule.End(_scan);
        return _scan.Finish();
    }

    /// <summary>Depth first, in document order (a template's content is a fragment of its own, not walked).</summary>
    private void Walk(IElement element)
    {
        foreach (var rule in _rules) rule.Visit(element, _scan);
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
            Walk(child);
    }
}

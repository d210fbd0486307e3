using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using DigestSite.Site;
using DigestSite.Validation.Rules;

namespace DigestSite.Validation;

/// <summary>
/// Checks one page at a time with its own AngleSharp parser and its own rule instances (one checker per
/// worker thread: a parser's <c>Error</c> event and the rules' per-page state are per instance). Reads the
/// final bytes, exactly as they will be written, and walks the elements once for all rules.
/// </summary>
public sealed class PageChecker
{
    private readonly HtmlParser _parser;
    private readonly List<HtmlErrorEvent> _parseErrors = [];
    private readonly PageRule[] _rules;
    private readonly PageScan _scan = new();

    public PageChecker(SiteIndex site, LinkResolver links, bool checkLinks)
    {
        _parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        _parser.Error += (_, e) => _parseErrors.Add((HtmlErrorEvent)e);
        _rules = checkLinks ? [.. PageOnlyRules(), new LinkTargetRule(site, links)] : PageOnlyRules();
    }

    private static PageRule[] PageOnlyRules() =>
    [
        new DuplicateIdRule(), new EmptyLinkRule(), new ImageAltRule(), new PageLanguageRule(), new PageTitleRule(),
        new MetaDescriptionRule(), new SingleH1Rule(), new HeadingOrderRule(),
    ];

    public PageResult Check(OutputFile page)
    {
        _parseErrors.Clear();
        var source = Encoding.UTF8.GetString(page.Bytes);
        using var document = _parser.ParseDocument(source);
        _scan.Start(page, document);

        foreach (var e in _parseErrors)
        {
            var at = SourceExcerpt.At(source, e.Position.Line, e.Position.Column);
            _scan.Report(ValidationRules.ParseError, e.Position.Line, e.Position.Column,
                at.Length > 0 ? $"HTML parse error at '{at}': {e.Message}" : $"HTML parse error: {e.Message}");
        }

        foreach (var rule in _rules) rule.Begin(_scan);
        Walk(document.DocumentElement);
        foreach (var rule in _rules) rule.End(_scan);
        return _scan.Finish();
    }

    /// <summary>Depth first, in document order, by index over child lists (AngleSharp's sibling accessors
    /// search the parent's children each time).</summary>
    private void Walk(IElement element)
    {
        foreach (var rule in _rules) rule.Visit(element, _scan);
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            if (children[i] is IElement child)
                Walk(child);
    }
}

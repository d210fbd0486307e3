using DigestSite.Site;
using DigestSite.Validation.Rules;
using DigestSite.Validation.Tree;

namespace DigestSite.Validation;

/// <summary>
/// Checks one page at a time with its own parser and its own rule instances (one checker per worker thread:
/// the parser's error list and the rules' per-page state are per instance). Reads the final bytes, exactly as
/// they will be written, and walks the elements once for all rules.
/// </summary>
public sealed class PageChecker
{
    private readonly PageParser _parser = new();
    private readonly PageRule[] _rules;
    private readonly PageScan _scan = new();

    public PageChecker(SiteIndex site, LinkResolver links, bool checkLinks)
    {
        _rules = checkLinks ? [.. PageOnlyRules(), new LinkTargetRule(site, links)] : PageOnlyRules();
    }

    private static PageRule[] PageOnlyRules() =>
    [
        new DuplicateIdRule(), new UrlSchemeRule(), new EmptyLinkRule(), new ImageAltRule(), new PageLanguageRule(), new PageTitleRule(),
        new MetaDescriptionRule(), new SingleH1Rule(), new HeadingOrderRule(),
    ];

    public PageResult Check(OutputFile page)
    {
        using var document = _parser.Parse(page.Content);
        _scan.Start(page, document);

        foreach (var e in _parser.Errors)
        {
            var at = SourceExcerpt.At(_parser.Text, e.Line, e.Column);
            _scan.Report(ValidationRules.ParseError, e.Line, e.Column,
                at.Length > 0 ? $"HTML parse error at '{at}': {e.Message}" : $"HTML parse error: {e.Message}");
        }

        foreach (var rule in _rules) rule.Begin(_scan);
        if (document.DocumentElement is { } root) Walk(root);
        foreach (var rule in _rules) rule.End(_scan);
        return _scan.Finish();
    }

    /// <summary>Depth first, in document order.</summary>
    private void Walk(PageElement element)
    {
        foreach (var rule in _rules) rule.Visit(element, _scan);
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
            if (node is PageElement child)
                Walk(child);
    }
}

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
/// A page is parsed without source references first: they give each element its line and column, which only a
/// finding or a link waiting for the second pass needs, and most pages have neither. Such a page is checked
/// again with them, to place each.
/// </summary>
public sealed class PageChecker
{
    private readonly HtmlParser _parser;
    private readonly HtmlParser _placingParser;
    private readonly List<HtmlErrorEvent> _errors = [];
    private readonly PageRule[] _rules;
    private readonly PageScan _scan = new();

    public PageChecker(SiteIndex site, LinkResolver links, bool checkLinks)
    {
        _parser = NewParser(placing: false);
        _placingParser = NewParser(placing: true);
        _rules = checkLinks ? [.. PageOnlyRules(), new LinkTargetRule(site, links)] : PageOnlyRules();
    }

    private static PageRule[] PageOnlyRules() =>
    [
        new DuplicateIdRule(), new UrlSchemeRule(), new EmptyLinkRule(), new ImageAltRule(), new PageLanguageRule(), new PageTitleRule(),
        new MetaDescriptionRule(), new SingleH1Rule(), new HeadingOrderRule(),
    ];

    private HtmlParser NewParser(bool placing)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = placing });
        parser.Error += (_, e) => _errors.Add((HtmlErrorEvent)e);
        return parser;
    }

    public PageResult Check(OutputFile page)
    {
        var text = Encoding.UTF8.GetString(page.Content);
        var result = Check(page, text, _parser);
        return result.Findings.Length == 0 && result.FragmentLinks.Length == 0 ? result : Check(page, text, _placingParser);
    }

    private PageResult Check(OutputFile page, string text, HtmlParser parser)
    {
        _errors.Clear();
        using var document = parser.ParseDocument(text);
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

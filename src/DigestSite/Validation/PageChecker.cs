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

    /// <summary>Checks a small page of its own, so that AngleSharp's set-up and the first run of the parser and
    /// the rules (compiled code, types loaded) are done before the build's first page (<see cref="Build.WarmUp"/>).</summary>
    public static void WarmUp()
    {
        var checker = new PageChecker(new SiteIndex([WarmUpPath], "/"), new LinkResolver(new Routes("http://localhost/")), checkLinks: true);
        checker.Check(new OutputFile(WarmUpPath, WarmUpPage.ToArray(), "warm-up"));
    }

    private const string WarmUpPath = "index.html";

    private static ReadOnlySpan<byte> WarmUpPage =>
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Warm-up</title><meta name="description" content="A page checked before the build's own.">
        <link rel="stylesheet" href="/assets/style.css"><script type="application/ld+json">{"@type":"WebSite"}</script>
        </head>
        <body class="kind-home">
        <a class="skip-link" href="#main">Skip to content</a>
        <header><nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="https://example.org/x?y=1">Out</a></li></ul></nav></header>
        <main id="main" tabindex="-1"><h1>Warm-up</h1>
        <article><h2><a href="./">A digest</a></h2><p><time datetime="2026-01-01T00:00:00Z">1 January 2026</time> &amp; <strong>text</strong>
        <span>more</span></p><img src="/index.html" alt="x"></article>
        <section id="s"><h2>Section</h2><p>Paragraph.</p></section>
        </main>
        <footer><p><a href="#top">Top</a></p></footer>
        </body>
        </html>
        """u8;

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

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

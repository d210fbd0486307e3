using DigestSite.Diagnostics;
using DigestSite.Site;
using DigestSite.Validation.Tree;

namespace DigestSite.Validation;

/// <summary>A link with a #fragment to a page that exists; checked once every page's ids are known.</summary>
public readonly record struct FragmentLink(string TargetPath, string Fragment, string Href, int Line, int Column);

/// <summary>What the first pass learned of one page: its findings, the ids (and a[name]s) a fragment can
/// point at, and its links with fragments.</summary>
public sealed record PageResult(OutputFile Page, Diagnostic[] Findings, HashSet<string> Anchors, FragmentLink[] FragmentLinks);

/// <summary>The page being checked, as the rules see it: where their findings go, with the page's file,
/// line, column and origin (digest and template).</summary>
public sealed class PageScan
{
    private readonly List<Diagnostic> _findings = [];
    private readonly List<FragmentLink> _fragmentLinks = [];
    private readonly List<string> _anchors = [];

    public OutputFile Page { get; private set; } = null!;
    public PageDocument Document { get; private set; } = null!;

    internal void Start(OutputFile page, PageDocument document)
    {
        Page = page;
        Document = document;
        _findings.Clear();
        _fragmentLinks.Clear();
        _anchors.Clear();
    }

    /// <summary>The set of anchors is made once the page is read, at its size (not grown id by id).</summary>
    internal PageResult Finish() =>
        new(Page, _findings.Count == 0 ? [] : _findings.ToArray(), new HashSet<string>(_anchors, StringComparer.Ordinal),
            _fragmentLinks.Count == 0 ? [] : _fragmentLinks.ToArray());

    /// <summary>An id or a[name] value: what "#x" can point at on this page.</summary>
    public void AddAnchor(string anchor) => _anchors.Add(anchor);

    public void Report(ValidationRule rule, PageElement? element, string message)
    {
        var (line, column) = Position(element);
        Report(rule, line, column, message);
    }

    public void Report(ValidationRule rule, int line, int column, string message) =>
        _findings.Add(new Diagnostic(Page.Path, line, rule.Severity, message, rule.Id) { Column = column, Origin = Page.Origin });

    public void AddFragmentLink(FragmentLink link) => _fragmentLinks.Add(link);

    /// <summary>Line and column of the element's start tag in the generated file (see
    /// <see cref="PageElement.Start"/> for elements without a tag of their own); the top of the file when
    /// there is no element.</summary>
    public static (int Line, int Column) Position(PageElement? element) =>
        element?.Start is { } start ? (start.Line, start.Column) : (1, 0);
}

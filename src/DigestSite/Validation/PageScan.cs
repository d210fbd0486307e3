using DigestSite.Diagnostics;
using DigestSite.Site;
using AngleSharp.Dom;

namespace DigestSite.Validation;

/// <summary>A link with a #fragment to a page that exists; checked once every page's ids are known.</summary>
public readonly record struct FragmentLink(string TargetPath, string Fragment, string Href, int Line, int Column);

/// <summary>What the first pass learned of one page: its findings, the ids (and a[name]s) a fragment can
/// point at, and its links with fragments.</summary>
/// <param name="Anchors">Each once, in ordinal order: a page has a handful, found by binary search, and the
/// build cache keeps them so (an incremental build reads them back for thousands of pages, with no set to
/// build for each).</param>
public sealed record PageResult(OutputFile Page, Diagnostic[] Findings, string[] Anchors, FragmentLink[] FragmentLinks)
{
    public bool HasAnchor(string anchor) => Array.BinarySearch(Anchors, anchor, StringComparer.Ordinal) >= 0;
}

/// <summary>The page being checked, as the rules see it: where their findings go, with the page's file,
/// line, column and origin (digest and template).</summary>
public sealed class PageScan
{
    private readonly List<Diagnostic> _findings = [];
    private readonly List<FragmentLink> _fragmentLinks = [];
    private readonly List<string> _anchors = [];

    public OutputFile Page { get; private set; } = null!;
    public IDocument Document { get; private set; } = null!;

    internal void Start(OutputFile page, IDocument document)
    {
        Page = page;
        Document = document;
        _findings.Clear();
        _fragmentLinks.Clear();
        _anchors.Clear();
    }

    /// <summary>The page's result. A link to an id that its own page has is settled here; only the other
    /// fragment links wait for the second pass.</summary>
    internal PageResult Finish()
    {
        var anchors = SortedAnchors();
        var pending = _fragmentLinks.Where(link => link.TargetPath != Page.Path || Array.BinarySearch(anchors, link.Fragment, StringComparer.Ordinal) < 0);
        return new(Page, _findings.Count == 0 ? [] : _findings.ToArray(), anchors, pending.ToArray());
    }

    /// <summary>The anchors in ordinal order, each once (a page may repeat an id: a finding of its own).</summary>
    private string[] SortedAnchors()
    {
        if (_anchors.Count == 0) return [];
        _anchors.Sort(StringComparer.Ordinal);
        return _anchors.Distinct(StringComparer.Ordinal).ToArray(); // keeps the order
    }

    /// <summary>An id or a[name] value: what "#x" can point at on this page.</summary>
    public void AddAnchor(string anchor) => _anchors.Add(anchor);

    public void Report(ValidationRule rule, IElement? element, string message)
    {
        var (line, column) = Position(element);
        Report(rule, line, column, message);
    }

    public void Report(ValidationRule rule, int line, int column, string message) =>
        _findings.Add(new Diagnostic(Page.Path, line, rule.Severity, message, rule.Id) { Column = column, Origin = Page.Origin });

    public void AddFragmentLink(FragmentLink link) => _fragmentLinks.Add(link);

    /// <summary>Line and column of the element's start tag in the generated file, as AngleSharp's source
    /// reference gives it (line 0, column 0 for an element the parser implied without a tag, such as a body);
    /// the top of the file when there is no element or no reference (a formatting element the parser reopened).</summary>
    public static (int Line, int Column) Position(IElement? element) =>
        element?.SourceReference?.Position is { } start ? (start.Line, start.Column) : (1, 0);
}

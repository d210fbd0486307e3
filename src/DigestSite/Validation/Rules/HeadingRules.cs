using AngleSharp.Dom;

namespace DigestSite.Validation.Rules;

/// <summary>The level of h1..h6, 0 for any other element.</summary>
internal static class Headings
{
    public static int Level(IElement element)
    {
        var name = element.LocalName;
        return name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' ? name[1] - '0' : 0;
    }
}

/// <summary>single-h1: exactly one h1, the page's own title (the site name is not a heading).</summary>
public sealed class SingleH1Rule : PageRule
{
    private int _firstLine;

    public override void Begin(PageScan page) => _firstLine = 0;

    public override void Visit(IElement element, PageScan page)
    {
        if (Headings.Level(element) != 1) return;
        if (_firstLine == 0)
            _firstLine = PageScan.Position(element).Line;
        else
            page.Report(ValidationRules.SingleH1, element, $"a second h1 (the first is on line {_firstLine}); a page has one h1");
    }

    public override void End(PageScan page)
    {
        if (_firstLine == 0)
            page.Report(ValidationRules.SingleH1, page.Document.Body, "the page has no h1");
    }
}

/// <summary>heading-order: going down, headings go one level at a time (h2 then h3, not h2 then h4), so the
/// outline a screen reader offers has no holes. Going back up any number of levels is fine.</summary>
public sealed class HeadingOrderRule : PageRule
{
    private int _previous;

    public override void Begin(PageScan page) => _previous = 0;

    public override void Visit(IElement element, PageScan page)
    {
        var level = Headings.Level(element);
        if (level == 0) return;
        if (_previous > 0 && level > _previous + 1)
            page.Report(ValidationRules.HeadingOrder, element,
                $"h{level} follows h{_previous}: heading level h{_previous + 1} skipped");
        _previous = level;
    }
}

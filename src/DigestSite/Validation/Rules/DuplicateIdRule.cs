using AngleSharp.Dom;

namespace DigestSite.Validation.Rules;

/// <summary>duplicate-id; also records every id and a[name] as a target for fragment links.</summary>
public sealed class DuplicateIdRule : PageRule
{
    private readonly Dictionary<string, int> _firstLine = new(StringComparer.Ordinal);

    public override void Begin(PageScan page) => _firstLine.Clear();

    public override void Visit(IElement element, PageScan page)
    {
        if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name)
            page.AddAnchor(name);

        if (element.GetAttribute("id") is not { } id) return;
        page.AddAnchor(id);
        var line = PageScan.Position(element).Line;
        if (!_firstLine.TryAdd(id, line))
            page.Report(ValidationRules.DuplicateId, element, $"duplicate id '{id}' (first on line {_firstLine[id]})");
    }
}

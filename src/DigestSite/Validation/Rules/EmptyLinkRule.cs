using AngleSharp.Dom;

namespace DigestSite.Validation.Rules;

/// <summary>empty-link: an empty href or src (it points back at the page itself, or fetches it as an
/// image), and a link a screen reader can only announce as "link" because it has no text, no image alt and
/// no aria-label.</summary>
public sealed class EmptyLinkRule : PageRule
{
    public override void Visit(IElement element, PageScan page)
    {
        foreach (var attribute in UrlAttributes.Of(element.LocalName))
            if (element.GetAttribute(attribute) is { } url && string.IsNullOrWhiteSpace(url))
            {
                page.Report(ValidationRules.EmptyLink, element, $"empty {attribute} on <{element.LocalName}>");
                return; // one finding per element
            }

        if (element.LocalName == "a" && element.GetAttribute("href") is { } href && !HasAccessibleName(element))
            page.Report(ValidationRules.EmptyLink, element, $"link to '{href}' has no text, image alt or aria-label");
    }

    private static bool HasAccessibleName(IElement link) =>
        !string.IsNullOrWhiteSpace(link.GetAttribute("aria-label"))
        || !string.IsNullOrWhiteSpace(link.GetAttribute("aria-labelledby"))
        || !string.IsNullOrWhiteSpace(link.GetAttribute("title"))
        || HasReadableContent(link);

    /// <summary>Text, an img with alt text, or a labelled child, anywhere inside, skipping what is hidden
    /// from screen readers. Walks the nodes instead of building TextContent (no string allocation).</summary>
    private static bool HasReadableContent(INode node)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            switch (children[i])
            {
                case IText text when !string.IsNullOrWhiteSpace(text.Data):
                    return true;
                case IElement e when e.GetAttribute("aria-hidden") == "true" || e.HasAttribute("hidden"):
                    continue;
                case IElement e when e.LocalName == "img" && !string.IsNullOrWhiteSpace(e.GetAttribute("alt")):
                    return true;
                case IElement e when !string.IsNullOrWhiteSpace(e.GetAttribute("aria-label")):
                    return true;
                case IElement e when HasReadableContent(e):
                    return true;
            }
        }
        return false;
    }
}

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
        link.HasText("aria-label") || link.HasText("aria-labelledby") || link.HasText("title") || HasReadableContent(link);

    /// <summary>Text, an img with alt text, or a labelled child, anywhere inside, skipping what is hidden
    /// from screen readers.</summary>
    private static bool HasReadableContent(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text when !string.IsNullOrWhiteSpace(text.Data):
                    return true;
                case IElement e when e.GetAttribute("aria-hidden") == "true" || e.HasAttribute("hidden"):
                    continue;
                case IElement e when e.LocalName == "img" && e.HasText("alt"):
                    return true;
                case IElement e when e.HasText("aria-label"):
                    return true;
                case IElement e when HasReadableContent(e):
                    return true;
            }
        }
        return false;
    }
}

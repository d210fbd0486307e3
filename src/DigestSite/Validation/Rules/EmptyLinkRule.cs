using DigestSite.Validation.Tree;

namespace DigestSite.Validation.Rules;

/// <summary>empty-link: an empty href or src (it points back at the page itself, or fetches it as an
/// image), and a link a screen reader can only announce as "link" because it has no text, no image alt and
/// no aria-label.</summary>
public sealed class EmptyLinkRule : PageRule
{
    public override void Visit(PageElement element, PageScan page)
    {
        foreach (var attribute in UrlAttributes.Of(element.LocalName))
            if (element.TryGetAttribute(attribute, out var url) && url.IsWhiteSpace())
            {
                page.Report(ValidationRules.EmptyLink, element, $"empty {attribute} on <{element.LocalName}>");
                return; // one finding per element
            }

        if (element.LocalName == "a" && element.TryGetAttribute("href", out var href) && !HasAccessibleName(element))
            page.Report(ValidationRules.EmptyLink, element, $"link to '{href}' has no text, image alt or aria-label");
    }

    private static bool HasAccessibleName(PageElement link) =>
        link.HasText("aria-label") || link.HasText("aria-labelledby") || link.HasText("title") || HasReadableContent(link);

    /// <summary>Text, an img with alt text, or a labelled child, anywhere inside, skipping what is hidden
    /// from screen readers.</summary>
    private static bool HasReadableContent(PageNode node)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case PageText: // only text with something besides white space is kept
                    return true;
                case PageElement e when e.TryGetAttribute("aria-hidden", out var hidden) && hidden.SequenceEqual("true") || e.HasAttribute("hidden"):
                    continue;
                case PageElement e when e.LocalName == "img" && e.HasText("alt"):
                    return true;
                case PageElement e when e.HasText("aria-label"):
                    return true;
                case PageElement e when HasReadableContent(e):
                    return true;
            }
        }
        return false;
    }
}

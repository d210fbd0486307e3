using AngleSharp.Dom;

namespace DigestSite.Validation.Rules;

/// <summary>
/// A rule applied during one walk over a page's elements (AngleSharp's DOM), in document order. A checker (one
/// per worker thread) owns its own rule instances, so a rule may keep per-page state between
/// <see cref="Begin"/> and <see cref="End"/>.
/// </summary>
public abstract class PageRule
{
    public virtual void Begin(PageScan page) { }

    public virtual void Visit(IElement element, PageScan page) { }

    public virtual void End(PageScan page) { }
}

/// <summary>What the rules ask of an element's attributes.</summary>
internal static class ElementAttributes
{
    /// <summary>The attribute is there and has something in it besides white space.</summary>
    public static bool HasText(this IElement element, string attributeName) =>
        !string.IsNullOrWhiteSpace(element.GetAttribute(attributeName));
}

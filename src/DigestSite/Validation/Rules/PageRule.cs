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

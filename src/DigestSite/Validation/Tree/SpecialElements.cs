using AngleSharp.Dom;
using AngleSharp.Html.Construction;

namespace DigestSite.Validation.Tree;

// The kinds of element the tree constructor asks for by type. None of them does anything here: scripts
// never run, a meta charset cannot change the encoding of text already decoded, forms and frames are not
// submitted or loaded. A page with a template is read with AngleSharp's DOM (see PageDocument.NeedsDom).

public sealed class PageScriptElement(PageDocument owner, NodeFlags flags)
    : PageElement(owner, "script", NamespaceNames.HtmlUri, flags), IConstructableScriptElement
{
    public Task RunAsync(CancellationToken cancel) => Task.CompletedTask;

    public bool Prepare(IConstructableDocument document) => false;
}

public sealed class PageMetaElement(PageDocument owner, NodeFlags flags)
    : PageElement(owner, "meta", NamespaceNames.HtmlUri, flags), IConstructableMetaElement
{
    public void Handle() { }
}

public sealed class PageFormElement(PageDocument owner, NodeFlags flags)
    : PageElement(owner, "form", NamespaceNames.HtmlUri, flags), IConstructableFormElement;

public sealed class PageFrameElement(PageDocument owner, NodeFlags flags)
    : PageElement(owner, "frame", NamespaceNames.HtmlUri, flags), IConstructableFrameElement;

public sealed class PageTemplateElement : PageElement, IConstructableTemplateElement
{
    public PageTemplateElement(PageDocument owner, NodeFlags flags) : base(owner, "template", NamespaceNames.HtmlUri, flags) =>
        owner.NeedsDom = true;

    public void PopulateFragment() { }
}

public sealed class PageSvgElement(PageDocument owner, string localName, NodeFlags flags)
    : PageElement(owner, localName, NamespaceNames.SvgUri, flags), IConstructableSvgElement;

public sealed class PageMathElement(PageDocument owner, string localName, NodeFlags flags)
    : PageElement(owner, localName, NamespaceNames.MathMlUri, flags), IConstructableMathElement;

using AngleSharp.Dom;
using AngleSharp.Html.Construction;

namespace DigestSite.Validation.Tree;

// The kinds of element the tree constructor asks for by type. None of them does anything here: scripts
// never run, a meta charset cannot change the encoding of text already decoded, forms and frames are not
// submitted or loaded. A page with a template is read with AngleSharp's DOM (see PageDocument.NeedsDom).

internal sealed class PageScriptElement(TreeStore store, NodeFlags flags)
    : PageElement(store, "script", NamespaceNames.HtmlUri, flags), IConstructableScriptElement
{
    public Task RunAsync(CancellationToken cancel) => Task.CompletedTask;

    public bool Prepare(IConstructableDocument document) => false;
}

/// <summary>Recycled, as plain elements are (see <see cref="TreeStore.Meta"/>).</summary>
public sealed class PageMetaElement : PageElement, IConstructableMetaElement
{
    internal PageMetaElement() { }

    public void Handle() { }
}

internal sealed class PageFormElement(TreeStore store, NodeFlags flags)
    : PageElement(store, "form", NamespaceNames.HtmlUri, flags), IConstructableFormElement;

internal sealed class PageFrameElement(TreeStore store, NodeFlags flags)
    : PageElement(store, "frame", NamespaceNames.HtmlUri, flags), IConstructableFrameElement;

internal sealed class PageTemplateElement(TreeStore store, NodeFlags flags)
    : PageElement(store, "template", NamespaceNames.HtmlUri, flags), IConstructableTemplateElement
{
    public void PopulateFragment() { }
}

internal sealed class PageSvgElement(TreeStore store, string localName, NodeFlags flags)
    : PageElement(store, localName, NamespaceNames.SvgUri, flags), IConstructableSvgElement;

internal sealed class PageMathElement(TreeStore store, string localName, NodeFlags flags)
    : PageElement(store, localName, NamespaceNames.MathMlUri, flags), IConstructableMathElement;

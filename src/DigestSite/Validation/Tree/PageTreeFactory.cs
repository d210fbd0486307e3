using AngleSharp;
using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Text;

namespace DigestSite.Validation.Tree;

/// <summary>What AngleSharp's tree constructor calls to make the nodes of a <see cref="PageDocument"/>.</summary>
/// <remarks>One per parser, with the parser's <see cref="TreeStore"/>.</remarks>
internal sealed class PageTreeFactory(TreeStore store) : IDomConstructionElementFactory<PageDocument, PageElement>
{
    public PageDocument CreateDocument(TextSource source, IBrowsingContext? context) => new(source, store);

    public PageElement Create(PageDocument document, StringOrMemory localName, StringOrMemory prefix = default, NodeFlags flags = NodeFlags.None)
    {
        var name = localName.ToString(); // the tokenizer's interned string for every known tag: no copy
        return store.Element(name, NamespaceNames.HtmlUri, ElementFlags.Html(name) | flags);
    }

    public PageElement CreateUnknown(PageDocument document, StringOrMemory tagName) => Create(document, tagName);

    public PageElement CreateNoScript(PageDocument document, bool scripting) => Create(document, "noscript");

    public IConstructableMetaElement CreateMeta(PageDocument document) => store.Meta(ElementFlags.Html("meta"));

    public IConstructableScriptElement CreateScript(PageDocument document, bool parserInserted, bool started) =>
        new PageScriptElement(store, ElementFlags.Html("script"));

    public IConstructableFrameElement CreateFrame(PageDocument document) => new PageFrameElement(store, ElementFlags.Html("frame"));

    public IConstructableFormElement CreateForm(PageDocument document) => new PageFormElement(store, ElementFlags.Html("form"));

    public IConstructableTemplateElement CreateTemplate(PageDocument document)
    {
        document.NeedsDom = true;
        return new PageTemplateElement(store, ElementFlags.Html("template"));
    }

    /// <summary>A foreign element takes its start tag's position here: AngleSharp hands it no attribute list
    /// (its attributes come one by one), and it is never implied.</summary>
    public IConstructableSvgElement CreateSvg(PageDocument document, StringOrMemory name = default)
    {
        var localName = name.ToString();
        var element = new PageSvgElement(store, localName, ElementFlags.Svg(localName));
        element.TakeStartTag();
        return element;
    }

    public IConstructableMathElement CreateMath(PageDocument document, StringOrMemory name = default)
    {
        var localName = name.ToString();
        var element = new PageMathElement(store, localName, ElementFlags.Math(localName));
        element.TakeStartTag();
        return element;
    }

    public IConstructableNode CreateDocumentType(PageDocument document, StringOrMemory name, StringOrMemory publicIdentifier, StringOrMemory systemIdentifier) =>
        new PageDoctype();
}

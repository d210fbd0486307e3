using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Text;

namespace DigestSite.Validation.Tree;

/// <summary>
/// Copies AngleSharp's DOM of a page into light nodes, for the rare page the light tree constructor cannot
/// read (see <see cref="PageParser"/>): the same names, flags, attributes, readable text and positions.
/// </summary>
internal static class DomCopy
{
    public static PageDocument Of(IDocument dom, StartTagTracker startTags, AttributeStore attributeStore)
    {
        var document = new PageDocument(new TextSource(""), startTags, attributeStore);
        CopyChildren(dom, document, document);
        return document;
    }

    private static void CopyChildren(INode from, PageNode to, PageDocument document)
    {
        var children = from.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            switch (children[i])
            {
                case IElement element:
                    var copy = Copy(element, document);
                    to.AddNode(copy);
                    CopyChildren(element, copy, document);
                    break;
                case IText text when !string.IsNullOrWhiteSpace(text.Data):
                    to.AppendText(text.Data);
                    break;
                case IDocumentType:
                    to.AddNode(new PageDoctype());
                    break;
            }
    }

    private static PageElement Copy(IElement element, PageDocument document)
    {
        var name = element.LocalName;
        PageElement copy = element.NamespaceUri == NamespaceNames.SvgUri ? new PageSvgElement(document, name, ElementFlags.Svg(name))
            : element.NamespaceUri == NamespaceNames.MathMlUri ? new PageMathElement(document, name, ElementFlags.Math(name))
            : new PageElement(document, name, NamespaceNames.HtmlUri, ElementFlags.Html(name));
        var start = element.SourceReference?.Position;
        copy.SetCopied(start is { } p ? new SourcePosition(p.Line, p.Column) : null);
        foreach (var attribute in element.Attributes)
            copy.AddCopied(new PageAttribute(new StringOrMemory(attribute.Name), new StringOrMemory(attribute.Value)));
        return copy;
    }
}

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
    public static PageDocument Of(IDocument dom, TreeStore store)
    {
        var document = new PageDocument(new TextSource(""), store);
        CopyChildren(dom, document, store);
        return document;
    }

    private static void CopyChildren(INode from, PageNode to, TreeStore store)
    {
        var children = from.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            switch (children[i])
            {
                case IElement element:
                    var copy = Copy(element, store);
                    to.AddNode(copy);
                    CopyChildren(element, copy, store);
                    break;
                case IText text when !string.IsNullOrWhiteSpace(text.Data):
                    to.AppendText(text.Data);
                    break;
                case IDocumentType:
                    to.AddNode(new PageDoctype());
                    break;
            }
    }

    private static PageElement Copy(IElement element, TreeStore store)
    {
        var name = element.LocalName;
        var copy = element.NamespaceUri == NamespaceNames.SvgUri ? new PageSvgElement(store, name, ElementFlags.Svg(name))
            : element.NamespaceUri == NamespaceNames.MathMlUri ? new PageMathElement(store, name, ElementFlags.Math(name))
            : store.Element(name, NamespaceNames.HtmlUri, ElementFlags.Html(name));
        var start = element.SourceReference?.Position;
        copy.SetCopied(start is { } p ? new SourcePosition(p.Line, p.Column) : null);
        foreach (var attribute in element.Attributes)
            copy.AddCopied(new PageAttribute(new StringOrMemory(attribute.Name), new StringOrMemory(attribute.Value)));
        return copy;
    }
}

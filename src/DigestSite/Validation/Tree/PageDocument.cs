using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace DigestSite.Validation.Tree;

/// <summary>
/// The root of a page's light tree. Holds the tree constructor (and with it the tokenizer buffer the
/// attribute values are slices of) until <see cref="Dispose"/>, which gives the buffer back to its pool.
/// </summary>
public sealed class PageDocument : PageNode, IConstructableDocument, IDisposable
{
    private readonly TreeStore _store;

    internal PageDocument(TextSource source, TreeStore store)
    {
        Source = source;
        _store = store;
    }

    public override StringOrMemory NodeName => "#document";

    public TextSource Source { get; }

    public IDisposable? Builder { get; set; }

    public QuirksMode QuirksMode { get; set; }

    /// <summary>
    /// Set for a page the light tree cannot show as a browser reads it, which is then read with AngleSharp's
    /// DOM instead (see <see cref="PageParser"/>): the tree constructor recognises table and template elements
    /// by their DOM class, to move content out of a misplaced table ("foster parenting": it ends up after the
    /// root here) and to move template contents out of the tree.
    /// </summary>
    public bool NeedsDom { get; internal set; }

    /// <summary>The root element: the first html element at the top.</summary>
    public PageElement? DocumentElement
    {
        get
        {
            for (var child = FirstChild; child is not null; child = child.NextSibling)
                if (child is PageElement { LocalName: "html", IsHtml: true } html) return html;
            return null;
        }
    }

    public PageElement? Head => ChildOfRoot("head");

    /// <summary>The body, or a frameset in its place.</summary>
    public PageElement? Body => ChildOfRoot("body", "frameset");

    /// <summary>The first html title element in document order (an SVG title is not the page's).</summary>
    public PageElement? Title => DocumentElement is { } root ? FirstHtmlDescendant(root, "title") : null;

    private PageElement? ChildOfRoot(string name, string? orName = null)
    {
        if (DocumentElement is not { } root) return null;
        for (var child = root.FirstChild; child is not null; child = child.NextSibling)
            if (child is PageElement { IsHtml: true } element && (element.LocalName == name || element.LocalName == orName))
                return element;
        return null;
    }

    private static PageElement? FirstHtmlDescendant(PageElement parent, string name)
    {
        for (var node = parent.FirstChild; node is not null; node = node.NextSibling)
            if (node is PageElement child)
            {
                if (child.IsHtml && child.LocalName == name) return child;
                if (FirstHtmlDescendant(child, name) is { } found) return found;
            }
        return null;
    }

    private protected override PageText NewText() => _store.Text();

    public override void InsertNode(int idx, IConstructableNode node)
    {
        if (DocumentElement is not null && node is PageElement or PageText) NeedsDom = true;
        base.InsertNode(idx, node);
    }

    public void Dispose()
    {
        Builder?.Dispose();
        Builder = null;
    }

    IConstructableElement? IConstructableDocument.Head => Head;
    IConstructableElement IConstructableDocument.DocumentElement => DocumentElement!;
    bool IConstructableDocument.IsLoading => false;
    void IConstructableDocument.PerformMicrotaskCheckpoint() { }
    void IConstructableDocument.ProvideStableState() { }
    void IConstructableDocument.AddComment(ref StructHtmlToken token) { }
    void IConstructableDocument.TrackError(Exception exception) { }
    Task IConstructableDocument.WaitForReadyAsync(CancellationToken cancelToken) => Task.CompletedTask;
    Task IConstructableDocument.FinishLoadingAsync() => Task.CompletedTask;
    void IConstructableDocument.ApplyManifest() { }
    void IConstructableDocument.Clear() => ((IConstructableNodeList)this).Clear();
}

using AngleSharp.Dom;

namespace DigestSite.Validation.Tree;

/// <summary>
/// What a parser keeps from page to page so that building a page's tree allocates next to nothing: the
/// attributes, the nodes of the last page (handed out again, reset), and the start tag being read. So a
/// page's tree is valid until the next page is parsed with the same parser.
/// </summary>
internal sealed class TreeStore
{
    private readonly Recycled<PageElement> _elements = new(static () => new PageElement());
    private readonly Recycled<PageMetaElement> _metas = new(static () => new PageMetaElement());
    private readonly Recycled<PageText> _texts = new(static () => new PageText());

    public StartTagTracker StartTags { get; } = new();

    public AttributeStore Attributes { get; } = new();

    public PageElement Element(string localName, string namespaceUri, NodeFlags flags) =>
        _elements.Next().Reset(this, localName, namespaceUri, flags);

    /// <summary>A meta element: a page's head has dozens, and the tree constructor needs them as their own kind.</summary>
    public PageMetaElement Meta(NodeFlags flags) => (PageMetaElement)_metas.Next().Reset(this, "meta", NamespaceNames.HtmlUri, flags);

    public PageText Text() => _texts.Next().Reset();

    /// <summary>For the next page: every node and attribute of the last one is free again.</summary>
    public void Restart()
    {
        Attributes.Clear();
        _elements.Restart();
        _metas.Restart();
        _texts.Restart();
    }

    /// <summary>Objects handed out in order and, after <see cref="Restart"/>, handed out again.</summary>
    private sealed class Recycled<T>(Func<T> create)
    {
        private readonly List<T> _items = [];
        private int _used;

        public T Next()
        {
            if (_used == _items.Count) _items.Add(create());
            return _items[_used++];
        }

        public void Restart() => _used = 0;
    }
}

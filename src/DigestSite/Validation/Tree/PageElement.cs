using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace DigestSite.Validation.Tree;

/// <summary>An attribute as the tokenizer gave it: name and value are slices of the tokenizer's buffer (or
/// interned names), valid while the <see cref="PageDocument"/> is open; nothing is copied to build the tree.
/// The attributes of a page are in its parser's <see cref="AttributeStore"/>.</summary>
public readonly record struct PageAttribute(StringOrMemory Name, StringOrMemory Value);

/// <summary>
/// An element of the light tree: its name, its flags (which drive the tree constructor: scope, special,
/// implied end tags), its attributes and where its start tag is in the source.
/// </summary>
public class PageElement : PageNode, IConstructableElement, IConstructableNamedNodeMap
{
    private TreeStore _store = null!;
    private int _attributeStart;
    private int _attributeCount;
    private bool _setUp;

    /// <summary>For <see cref="TreeStore"/>, which recycles elements: <see cref="Reset"/> makes them.</summary>
    internal PageElement() { }

    private protected PageElement(TreeStore store, string localName, string namespaceUri, NodeFlags flags) =>
        Reset(store, localName, namespaceUri, flags);

    internal PageElement Reset(TreeStore store, string localName, string namespaceUri, NodeFlags flags)
    {
        ResetNode(flags);
        _store = store;
        LocalName = localName;
        NamespaceUri = namespaceUri;
        _attributeStart = _attributeCount = 0;
        _setUp = false;
        Start = null;
        return this;
    }

    public string LocalName { get; private set; } = "";

    /// <summary>The HTML, SVG or MathML namespace.</summary>
    public string NamespaceUri { get; private set; } = "";

    public bool IsHtml => ReferenceEquals(NamespaceUri, NamespaceNames.HtmlUri);

    /// <summary>Line and column of the start tag; <see cref="SourcePosition.Implied"/> for an element the tree
    /// constructor added without a tag of its own, null for a copy it made (formatting elements it had to
    /// reopen). Both as in AngleSharp's DOM with source references.</summary>
    public SourcePosition? Start { get; private set; }

    /// <summary>Takes the position of the start tag being read, if this element is made from it.</summary>
    internal void TakeStartTag()
    {
        _setUp = true;
        Start = _store.StartTags.Take(LocalName);
    }

    public override StringOrMemory NodeName => LocalName;

    public ReadOnlySpan<PageAttribute> Attributes => _store.Attributes.Range(_attributeStart, _attributeCount);

    private protected override PageText NewText() => _store.Text();

    /// <summary>The value of the first attribute of that name (attribute names are lower case in HTML), or
    /// false when there is none; the span lives as long as the document.</summary>
    public bool TryGetAttribute(string name, out ReadOnlySpan<char> value) => TryGetAttribute(name.AsSpan(), out value);

    private bool TryGetAttribute(ReadOnlySpan<char> name, out ReadOnlySpan<char> value)
    {
        foreach (var attribute in Attributes)
            if (attribute.Name.Memory.Span.SequenceEqual(name))
            {
                value = attribute.Value.Memory.Span;
                return true;
            }
        value = default;
        return false;
    }

    /// <summary>The value as a string (allocated): for what outlives the document, such as ids and URLs.</summary>
    public string? GetAttribute(string name) => TryGetAttribute(name, out var value) ? value.ToString() : null;

    public bool HasAttribute(string name) => TryGetAttribute(name, out _);

    /// <summary>The attribute is there and has something in it besides white space.</summary>
    public bool HasText(string attributeName) => TryGetAttribute(attributeName, out var value) && !value.IsWhiteSpace();

    /// <summary>For <see cref="DomCopy"/>: the position AngleSharp's DOM gave.</summary>
    internal void SetCopied(SourcePosition? start)
    {
        _setUp = true;
        Start = start;
    }

    internal void AddCopied(PageAttribute attribute) => Add(attribute);

    // What the tree constructor calls. The first SetAttributes is the element's set-up from its start tag (a
    // later one adds a repeated <html> or <body> tag's new attributes), which is when it gets its position.
    void IConstructableElement.SetAttributes(StructAttributes tagAttributes)
    {
        if (!_setUp) TakeStartTag();
        for (var i = 0; i < tagAttributes.Count; i++)
            Add(new PageAttribute(tagAttributes[i].Name, tagAttributes[i].Value));
    }

    void IConstructableElement.SetAttribute(string? namespaceUri, StringOrMemory name, StringOrMemory value) => Set(name, value);

    void IConstructableElement.SetOwnAttribute(StringOrMemory name, StringOrMemory value) => Set(name, value);

    StringOrMemory IConstructableElement.GetAttribute(StringOrMemory namespaceUri, StringOrMemory localName)
    {
        foreach (var attribute in Attributes)
            if (attribute.Name.Memory.Span.SequenceEqual(localName.Memory.Span))
                return attribute.Value;
        return StringOrMemory.Empty;
    }

    bool IConstructableElement.HasAttribute(StringOrMemory name)
    {
        foreach (var attribute in Attributes)
            if (attribute.Name.Memory.Span.SequenceEqual(name.Memory.Span))
                return true;
        return false;
    }

    /// <summary>Foreign (SVG, MathML) attributes come one by one and replace one of the same name.</summary>
    private void Set(StringOrMemory name, StringOrMemory value)
    {
        var attributes = Attributes;
        for (var i = 0; i < attributes.Length; i++)
            if (attributes[i].Name.Memory.Span.SequenceEqual(name.Memory.Span))
            {
                _store.Attributes.Set(_attributeStart + i, new PageAttribute(name, value));
                return;
            }
        Add(new PageAttribute(name, value));
    }

    private void Add(PageAttribute attribute)
    {
        _attributeStart = _store.Attributes.Add(_attributeStart, _attributeCount, attribute);
        _attributeCount++;
    }

    /// <summary>A copy without children and without position, as AngleSharp's clone has no source reference.</summary>
    IConstructableNode IConstructableElement.ShallowCopy()
    {
        var copy = _store.Element(LocalName, NamespaceUri, Flags);
        foreach (var attribute in Attributes) copy.Add(attribute);
        copy._setUp = true;
        return copy;
    }

    StringOrMemory IConstructableElement.NamespaceUri => NamespaceUri;
    StringOrMemory IConstructableElement.LocalName => LocalName;
    StringOrMemory IConstructableElement.Prefix => StringOrMemory.Empty;
    IConstructableNamedNodeMap IConstructableElement.Attributes => this;

    /// <summary>Not kept: <see cref="Start"/> holds the position without copying the token.</summary>
    ISourceReference? IConstructableElement.SourceReference { get => null; set { } }

    void IConstructableElement.SetupElement() { }
    void IConstructableElement.AddComment(ref StructHtmlToken token) { }

    // The attribute list as the tree constructor compares formatting elements (the "Noah's Ark" clause).
    int IConstructableNamedNodeMap.Length => _attributeCount;

    IConstructableAttr? IConstructableNamedNodeMap.this[StringOrMemory name]
    {
        get
        {
            foreach (var attribute in Attributes)
                if (attribute.Name.Memory.Span.SequenceEqual(name.Memory.Span))
                    return new Attr(attribute.Name, attribute.Value);
            return null;
        }
    }

    bool IConstructableNamedNodeMap.SameAs(IConstructableNamedNodeMap? attributes)
    {
        if (attributes is not PageElement other || other._attributeCount != _attributeCount) return false;
        foreach (var attribute in Attributes)
            if (!other.TryGetAttribute(attribute.Name.Memory.Span, out var value) || !value.SequenceEqual(attribute.Value.Memory.Span))
                return false;
        return true;
    }

    private sealed class Attr(StringOrMemory name, StringOrMemory value) : IConstructableAttr
    {
        public StringOrMemory Name { get; } = name;
        public StringOrMemory Value { get; set; } = value;
    }
}

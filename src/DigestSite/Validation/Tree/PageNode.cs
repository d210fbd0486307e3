using System.Collections;
using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;

namespace DigestSite.Validation.Tree;

/// <summary>
/// A node of the light tree the validate stage builds with AngleSharp's tree constructor: only what the rules
/// read (see <see cref="PageElement"/>), no DOM behind it. AngleSharp's own DOM allocates ten times the size of
/// the page per page (attribute objects, observers, URL parsing, strings for every name and value), which made
/// validation the most GC-bound stage of the build.
/// </summary>
/// <remarks>A node is its own child list for the tree constructor (<see cref="IConstructableNodeList"/>): one
/// object per node instead of two.</remarks>
public abstract class PageNode : IConstructableNode, IConstructableNodeList
{
    private static readonly PageNode[] NoChildren = [];

    private PageNode[] _children = NoChildren;
    private int _count;

    protected PageNode(NodeFlags flags) => Flags = flags;

    public PageNode? Parent { get; private set; }

    public int ChildCount => _count;

    public PageNode ChildAt(int index) => _children[index];

    public NodeFlags Flags { get; }

    public abstract StringOrMemory NodeName { get; }

    IConstructableNode? IConstructableNode.Parent
    {
        get => Parent;
        set
        {
            if (value is not null) Parent = (PageNode)value;
        }
    }

    IConstructableNodeList IConstructableNode.ChildNodes => this;

    public void AddNode(IConstructableNode node) => InsertNode(_count, node);

    public virtual void InsertNode(int idx, IConstructableNode node)
    {
        var child = (PageNode)node;
        if (_count == _children.Length) Array.Resize(ref _children, Math.Max(4, _count * 2));
        Array.Copy(_children, idx, _children, idx + 1, _count - idx);
        _children[idx] = child;
        _count++;
        child.Parent = this;
    }

    public void RemoveNode(int idx, IConstructableNode childNode)
    {
        _count--;
        Array.Copy(_children, idx + 1, _children, idx, _count - idx);
        _children[_count] = null!;
        ((PageNode)childNode).Parent = null;
    }

    public void RemoveChild(IConstructableNode childNode)
    {
        var idx = Array.IndexOf(_children, childNode, 0, _count);
        if (idx >= 0) RemoveNode(idx, childNode);
    }

    public void RemoveFromParent() => Parent?.RemoveChild(this);

    public void AppendText(StringOrMemory text, bool emitWhiteSpaceOnly = false) => InsertText(_count, text, emitWhiteSpaceOnly);

    /// <summary>Text counts only when a reader could read it: white space alone (in .NET's wider sense, so
    /// a no-break space too) is not kept. Text next to text merges into one node, as in a DOM.</summary>
    public void InsertText(int idx, StringOrMemory text, bool emitWhiteSpaceOnly = false)
    {
        if (text.Memory.Span.IsWhiteSpace()) return;
        if (idx > 0 && _children[idx - 1] is PageText) return;
        if (idx < _count && _children[idx] is PageText) return;
        InsertNode(idx, new PageText());
    }

    IConstructableNode IConstructableNodeList.this[int index] => _children[index];

    int IConstructableNodeList.Length => _count;

    void IConstructableNodeList.Clear()
    {
        Array.Clear(_children, 0, _count);
        _count = 0;
    }

    IEnumerator<IConstructableNode> IEnumerable<IConstructableNode>.GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return _children[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<IConstructableNode>)this).GetEnumerator();
}

/// <summary>Text a reader can read (white space alone is never kept); its characters are not needed.</summary>
public sealed class PageText() : PageNode(NodeFlags.None)
{
    public override StringOrMemory NodeName => "#text";

    public override void InsertNode(int idx, IConstructableNode node) =>
        throw new InvalidOperationException("text has no children");
}

/// <summary>The doctype: kept as a node only so that the tree has the shape the constructor expects.</summary>
public sealed class PageDoctype() : PageNode(NodeFlags.None)
{
    public override StringOrMemory NodeName => "#doctype";
}

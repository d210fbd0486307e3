using System.Collections;
using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;

namespace DigestSite.Validation.Tree;

/// <summary>
/// A node of the light tree the validate stage builds with AngleSharp's tree constructor: only what the rules
/// read (see <see cref="PageElement"/>), no DOM behind it. Building AngleSharp's own DOM allocated twenty
/// times the size of each page (attribute objects and observers, URL parsing, a string for every name and
/// value, a copied token per element for its position), which made validation the most GC-bound stage.
/// </summary>
/// <remarks>A node is its own child list for the tree constructor (<see cref="IConstructableNodeList"/>): one
/// object per node instead of two.</remarks>
public abstract class PageNode : IConstructableNode, IConstructableNodeList
{
    public PageNode? Parent { get; private set; }

    // Children are linked (no array per parent): the walk goes child to next sibling, and the tree constructor
    // mostly appends. It asks for children by index only in rare cases (adoption, foster parenting, depth).
    public PageNode? FirstChild { get; private set; }
    public PageNode? NextSibling { get; private set; }
    private PageNode? _lastChild;

    public int ChildCount { get; private set; }

    public NodeFlags Flags { get; private set; }

    public abstract StringOrMemory NodeName { get; }

    /// <summary>Makes a recycled node new (see <see cref="TreeStore"/>).</summary>
    private protected void ResetNode(NodeFlags flags)
    {
        Flags = flags;
        Parent = FirstChild = NextSibling = _lastChild = null;
        ChildCount = 0;
    }

    /// <summary>A text node for this node's tree; only nodes that can have children make them.</summary>
    private protected virtual PageText NewText() => throw new InvalidOperationException($"{NodeName} has no children");

    public PageNode ChildAt(int index)
    {
        var child = FirstChild!;
        for (var i = 0; i < index; i++) child = child.NextSibling!;
        return child;
    }

    IConstructableNode? IConstructableNode.Parent
    {
        get => Parent;
        set
        {
            if (value is not null) Parent = (PageNode)value;
        }
    }

    IConstructableNodeList IConstructableNode.ChildNodes => this;

    public void AddNode(IConstructableNode node) => InsertNode(ChildCount, node);

    public virtual void InsertNode(int idx, IConstructableNode node)
    {
        var child = (PageNode)node;
        var before = idx == 0 ? null : idx == ChildCount ? _lastChild : ChildAt(idx - 1);
        child.NextSibling = before is null ? FirstChild : before.NextSibling;
        if (before is null) FirstChild = child;
        else before.NextSibling = child;
        if (child.NextSibling is null) _lastChild = child;
        child.Parent = this;
        ChildCount++;
    }

    public void RemoveNode(int idx, IConstructableNode childNode) => Unlink(idx == 0 ? null : ChildAt(idx - 1), (PageNode)childNode);

    public void RemoveChild(IConstructableNode childNode)
    {
        PageNode? before = null;
        for (var child = FirstChild; child is not null; before = child, child = child.NextSibling)
            if (child == childNode)
            {
                Unlink(before, child);
                return;
            }
    }

    private void Unlink(PageNode? before, PageNode child)
    {
        if (before is null) FirstChild = child.NextSibling;
        else before.NextSibling = child.NextSibling;
        if (_lastChild == child) _lastChild = before;
        child.NextSibling = null;
        child.Parent = null;
        ChildCount--;
    }

    public void RemoveFromParent() => Parent?.RemoveChild(this);

    public void AppendText(StringOrMemory text, bool emitWhiteSpaceOnly = false) => InsertText(ChildCount, text, emitWhiteSpaceOnly);

    /// <summary>Text counts only when a reader could read it: white space alone (in .NET's wider sense, so
    /// a no-break space too) is not kept. Text next to text merges into one node, as in a DOM.</summary>
    public void InsertText(int idx, StringOrMemory text, bool emitWhiteSpaceOnly = false)
    {
        if (text.Memory.Span.IsWhiteSpace()) return;
        if (idx == ChildCount && _lastChild is PageText) return;
        if (idx < ChildCount && (ChildAt(idx) is PageText || idx > 0 && ChildAt(idx - 1) is PageText)) return;
        InsertNode(idx, NewText());
    }

    IConstructableNode IConstructableNodeList.this[int index] => ChildAt(index);

    int IConstructableNodeList.Length => ChildCount;

    void IConstructableNodeList.Clear()
    {
        FirstChild = _lastChild = null;
        ChildCount = 0;
    }

    IEnumerator<IConstructableNode> IEnumerable<IConstructableNode>.GetEnumerator()
    {
        for (var child = FirstChild; child is not null; child = child.NextSibling) yield return child;
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<IConstructableNode>)this).GetEnumerator();
}

/// <summary>Text a reader can read (white space alone is never kept); its characters are not needed.</summary>
public sealed class PageText : PageNode
{
    internal PageText() { }

    public override StringOrMemory NodeName => "#text";

    internal PageText Reset()
    {
        ResetNode(NodeFlags.None);
        return this;
    }

    public override void InsertNode(int idx, IConstructableNode node) =>
        throw new InvalidOperationException("text has no children");
}

/// <summary>The doctype: kept as a node only so that the tree has the shape the constructor expects.</summary>
public sealed class PageDoctype : PageNode
{
    public override StringOrMemory NodeName => "#doctype";
}

namespace DigestSite.Validation.Tree;

/// <summary>
/// The attributes of every element of a page, in one array reused from page to page (one per parser): an
/// element holds a range of it. An element gets its attributes all at once, right after it is made, so its
/// range is at the end of the store while they come in; an attribute added later (a repeated &lt;body&gt; tag's)
/// moves the element's range to the end first.
/// </summary>
internal sealed class AttributeStore
{
    private PageAttribute[] _items = new PageAttribute[1024];
    private int _count;

    public ReadOnlySpan<PageAttribute> Range(int start, int count) => _items.AsSpan(start, count);

    public void Set(int index, PageAttribute attribute) => _items[index] = attribute;

    /// <summary>Appends an attribute to the range starting at <paramref name="start"/> with
    /// <paramref name="count"/> items, and returns where the range starts now.</summary>
    public int Add(int start, int count, PageAttribute attribute)
    {
        if (count == 0) start = _count;
        else if (start + count != _count) start = MoveToEnd(start, count);
        if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[_count++] = attribute;
        return start;
    }

    private int MoveToEnd(int start, int count)
    {
        if (_count + count > _items.Length) Array.Resize(ref _items, Math.Max(_items.Length * 2, _count + count));
        Array.Copy(_items, start, _items, _count, count);
        _count += count;
        return _count - count;
    }

    /// <summary>Forgets every attribute: for the next page, once the last one's tree is no longer read.</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, _count); // the values are slices of the last page's buffers
        _count = 0;
    }
}

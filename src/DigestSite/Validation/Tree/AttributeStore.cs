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
        if (count == 0 || start + count != _count)
        {
            var moved = _count;
            Reserve(count + 1);
            Array.Copy(_items, start, _items, moved, count);
            _count += count;
            start = moved;
        }
        Reserve(1);
        _items[_count++] = attribute;
        return start;
    }

    /// <summary>Forgets every attribute: for the next page, once the last one's tree is no longer read.</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, _count); // the values are slices of the last page's buffers
        _count = 0;
    }

    private void Reserve(int more)
    {
        if (_count + more > _items.Length) Array.Resize(ref _items, Math.Max(_items.Length * 2, _count + more));
    }
}

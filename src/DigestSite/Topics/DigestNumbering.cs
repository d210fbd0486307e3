using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>
/// Numbers words of a <see cref="WordPool"/> in the order one digest first uses them (0, 1, 2…), with two
/// arrays indexed by word id instead of a dictionary per digest; starting the next digest forgets them all
/// at once. Not thread-safe.
/// </summary>
internal sealed class DigestNumbering
{
    private int[] _digestOf = new int[2048];
    private int[] _number = new int[2048];
    private int _digest = 1;

    public int Count { get; private set; }

    public void NextDigest()
    {
        _digest++;
        Count = 0;
    }

    /// <summary>The word's number in this digest, given now when it has none (<paramref name="added"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Of(int id, out bool added)
    {
        if (id >= _digestOf.Length)
        {
            var size = Math.Max(id + 1, _digestOf.Length * 2);
            Array.Resize(ref _digestOf, size);
            Array.Resize(ref _number, size);
        }
        added = _digestOf[id] != _digest;
        if (added)
        {
            _digestOf[id] = _digest;
            _number[id] = Count++;
        }
        return _number[id];
    }
}

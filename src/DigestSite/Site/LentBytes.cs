using System.Buffers;

namespace DigestSite.Site;

/// <summary>
/// A page's bytes in a buffer lent by a pool, from rendering until the page is written: then the buffer goes
/// back to the pool for a later page. A cold build renders thousands of pages; with a buffer each, every page
/// lived until the end of the build, was copied from generation to generation by the GC, and took fresh memory
/// from the system (a page fault per 4 KiB, costly on a virtual machine). Lent buffers keep the build's memory
/// to the pages in flight.
/// </summary>
public sealed class LentBytes
{
    private readonly ArrayPool<byte> _pool;
    private byte[]? _buffer;

    /// <summary>Copies <paramref name="bytes"/> into a buffer from <paramref name="pool"/>.</summary>
    public LentBytes(ReadOnlySpan<byte> bytes, ArrayPool<byte> pool)
    {
        _pool = pool;
        _buffer = pool.Rent(bytes.Length);
        bytes.CopyTo(_buffer);
        Length = bytes.Length;
    }

    public int Length { get; }

    /// <summary>Whether the buffer went back to the pool (the bytes are gone from memory).</summary>
    public bool IsReturned => Volatile.Read(ref _buffer) is null;

    /// <summary>The bytes, while the buffer is lent. Read them only before handing the page to the writer,
    /// which returns the buffer once it has written it.</summary>
    public ReadOnlySpan<byte> Span =>
        Volatile.Read(ref _buffer) is { } buffer ? buffer.AsSpan(0, Length) : throw new InvalidOperationException("the page's buffer was returned");

    /// <summary>Gives the buffer back (once; later calls do nothing).</summary>
    public void Return()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer) _pool.Return(buffer);
    }
}

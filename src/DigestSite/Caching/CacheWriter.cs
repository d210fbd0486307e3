using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using DigestSite.Topics;

namespace DigestSite.Caching;

/// <summary>
/// Writes one section of a cache file into a buffer rented from the shared pool, in the form
/// <see cref="CacheReader"/> reads: integers 7-bit encoded (or fixed where a header needs a known size),
/// strings as their UTF-8 length and bytes. One writer per worker writes section after section
/// (<see cref="Reset"/>), so its buffer is memory already touched: fresh pages cost more than the copy.
/// Dispose returns the buffer.
/// </summary>
internal sealed class CacheWriter(int capacity = 1 << 16) : IFactsSink, IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(capacity);
    private int _length;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>The strings that recur within this section (<see cref="WriteRepeated"/>, topic facts' words).</summary>
    public FactsStringTable Repeated { get; } = new();

    /// <summary>Starts the next section: nothing written, no string known.</summary>
    public void Reset()
    {
        _length = 0;
        Repeated.Clear();
    }

    /// <summary>A string likely written before in this section (a section label, a topic, an anchor): after
    /// the first time, only its number, and the reader gets one string object for all its uses.</summary>
    public void WriteRepeated(string value) => Repeated.Write(this, value);

    public void Write(byte value) => Reserve(1)[0] = value;

    public void Write(bool value) => Write(value ? (byte)1 : (byte)0);

    public void Write(long value) => BinaryPrimitives.WriteInt64LittleEndian(Reserve(sizeof(long)), value);

    public void Write(int value) => BinaryPrimitives.WriteInt32LittleEndian(Reserve(sizeof(int)), value);

    public void Write(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

    public void Write7BitEncodedInt(int value)
    {
        var rest = (uint)value;
        for (; rest >= 0x80; rest >>= 7) Write((byte)(rest | 0x80));
        Write((byte)rest);
    }

    public void Write(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Write7BitEncodedInt(length);
        Encoding.UTF8.GetBytes(value, Reserve(length));
    }

    /// <summary>A string that may be null, in one prefix: 0 for null, else its byte length plus one.</summary>
    public void WriteOptional(string? value)
    {
        if (value is null)
        {
            Write((byte)0);
            return;
        }
        var length = Encoding.UTF8.GetByteCount(value);
        Write7BitEncodedInt(length + 1);
        Encoding.UTF8.GetBytes(value, Reserve(length));
    }

    /// <summary>Bytes already written, to fill in what was reserved before it was known.</summary>
    public Span<byte> At(int offset, int count) => _buffer.AsSpan(0, _length).Slice(offset, count);

    /// <summary>The next <paramref name="count"/> bytes of the buffer, counted as written: for the caller to fill.</summary>
    public Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
            Written.CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }
}

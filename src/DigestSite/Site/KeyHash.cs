using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace DigestSite.Site;

/// <summary>
/// A 128-bit key made of small parts (texts, numbers, other keys), written one after the other into a buffer and
/// hashed (XxHash128) by <see cref="Finish"/>. A part is written so that no two sequences of parts give the
/// same bytes: a text as a mark, its length and its UTF-16 code units (null as another mark), a number as eight
/// bytes, a key as its sixteen. The buffer is hashed at once rather than fed part by part to an incremental
/// XxHash128, whose every <c>Append</c> buffers on its own, since a rebuild makes a key per page and output. A long key (every digest's slug, date and topics) goes through an incremental
/// hash a buffer at a time instead of growing the buffer. Not for sharing between threads; used once.
/// </summary>
public sealed class KeyHash
{
    private const int BufferSize = 4096;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _length;
    private XxHash128? _long;

    /// <summary>Starts a key with a text that says what kind of thing it is the key of.</summary>
    public KeyHash(string kind) => Text(kind);

    public KeyHash Text(string? text)
    {
        if (text is null) return Mark(0);
        Mark(1);
        Number(text.Length);
        return Bytes(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    public KeyHash Number(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(Room(sizeof(long)), value);
        _length += sizeof(long);
        return this;
    }

    public KeyHash Flag(bool value) => Mark(value ? (byte)3 : (byte)2);

    /// <summary>Bytes of a length fixed by what they are (another key, a content hash); anything else is a
    /// <see cref="Text"/> or starts with its length.</summary>
    public KeyHash Bytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Room(bytes.Length));
        _length += bytes.Length;
        return this;
    }

    /// <summary>The key; the buffer goes back to the pool, and the instance is not used again.</summary>
    public byte[] Finish()
    {
        byte[] key;
        if (_long is null) key = XxHash128.Hash(_buffer.AsSpan(0, _length));
        else
        {
            _long.Append(_buffer.AsSpan(0, _length));
            key = _long.GetCurrentHash();
        }
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
        return key;
    }

    private KeyHash Mark(byte mark)
    {
        Room(1)[0] = mark;
        _length++;
        return this;
    }

    /// <summary>Room for <paramref name="bytes"/> more; a full buffer is hashed on (the result is the hash of
    /// all the bytes, as if they had been hashed at once).</summary>
    private Span<byte> Room(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            _long ??= new XxHash128();
            _long.Append(_buffer.AsSpan(0, _length));
            _length = 0;
            if (bytes > _buffer.Length)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(bytes);
            }
        }
        return _buffer.AsSpan(_length, bytes);
    }
}

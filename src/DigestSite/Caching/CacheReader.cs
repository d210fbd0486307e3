using System.Buffers.Binary;
using System.Text;
using DigestSite.Topics;

namespace DigestSite.Caching;

/// <summary>
/// Reads one section of a cache file straight from its bytes in a buffer: a string is decoded from its UTF-8
/// span in one call (a <see cref="BinaryReader"/> copies it through a decoder and a char buffer first). Every
/// read is checked against the end of the section: damage surfaces as <see cref="InvalidDataException"/>,
/// never as a read past it.
/// </summary>
/// <param name="repeated">An empty table for <see cref="Repeated"/>, to reuse one's memory; null: a new one.</param>
internal sealed class CacheReader(byte[] data, int start, int end, FactsStringTable? repeated = null) : IFactsSource
{
    private int _position = start;

    /// <summary>The strings of <see cref="CacheWriter.Repeated"/>, read back in the order they were written.</summary>
    public FactsStringTable Repeated { get; } = repeated ?? new();

    public string ReadRepeated() => Repeated.Read(this);

    public long Remaining => end - _position;

    public bool AtEnd => _position == end;

    public byte ReadByte() => _position < end ? data[_position++] : throw Damaged("read past the end");

    public bool ReadBoolean() => ReadByte() switch
    {
        0 => false,
        1 => true,
        _ => throw Damaged("not a boolean"),
    };

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public int Read7BitEncodedInt()
    {
        var result = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            if (shift == 28 && b > 0b1111) throw Damaged("integer too long");
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return (int)result;
        }
        throw Damaged("integer too long");
    }

    /// <summary>The length of an array: each element takes at least a byte, so a count larger than what is left
    /// is damage, caught before anything that large is allocated.</summary>
    public int Count()
    {
        var count = Read7BitEncodedInt();
        return count >= 0 && count <= Remaining ? count : throw Damaged($"count {count} exceeds the data");
    }

    public string ReadString() => Encoding.UTF8.GetString(Take(Read7BitEncodedInt()));

    /// <summary>See <see cref="CacheWriter.WriteOptional"/>.</summary>
    public string? ReadOptionalString()
    {
        var code = Read7BitEncodedInt();
        return code == 0 ? null : Encoding.UTF8.GetString(Take(code - 1));
    }

    public byte[] ReadBytes(int length) => Take(length).ToArray();

    public ReadOnlySpan<byte> Take(int length)
    {
        if ((uint)length > (uint)(end - _position)) throw Damaged($"{length} bytes past the end");
        var span = data.AsSpan(_position, length);
        _position += length;
        return span;
    }

    private static InvalidDataException Damaged(string what) => new($"build cache: {what}");
}

using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace DigestSite.Caching;

internal enum SectionKind : byte { Pages, Inputs, Related, Topics }

/// <summary>A run of records of one kind, read on its own: where it lies in the file and the XxHash3 of its
/// bytes, so damage anywhere in it is caught before any of it is used.</summary>
internal readonly record struct CacheSection(SectionKind Kind, int Records, long Offset, int Length, ulong Hash);

/// <summary>
/// The start of a cache file: a magic line, the validity key and the header's length (so a foreign cache is
/// refused after a few bytes), then the path-set hash, the table of sections, and the XxHash3 of all of that.
/// The sections follow in any order (parallel writers append them as they finish) and fill the rest of the
/// file. The table has a fixed size per section, so a writer knows where the first section goes.
/// </summary>
internal sealed record CacheLayout(byte[] PathSet, CacheSection[] Sections)
{
    internal static ReadOnlySpan<byte> Magic => "DigestSite build cache\n"u8;

    private const int SectionEntryLength = 1 + sizeof(int) + sizeof(long) + sizeof(int) + sizeof(long);

    public static int Length(int validityLength, int pathSetLength, int sections) =>
        Magic.Length + validityLength + sizeof(int) + sizeof(int) + pathSetLength + sizeof(int) + sections * SectionEntryLength + sizeof(long);

    public void Write(CacheWriter w, byte[] validity)
    {
        w.Write(Magic);
        w.Write(validity);
        w.Write(Length(validity.Length, PathSet.Length, Sections.Length));
        w.Write(PathSet.Length);
        w.Write(PathSet);
        w.Write(Sections.Length);
        foreach (var s in Sections)
        {
            w.Write((byte)s.Kind);
            w.Write(s.Records);
            w.Write(s.Offset);
            w.Write(s.Length);
            w.Write((long)s.Hash);
        }
        w.Write((long)XxHash3.HashToUInt64(w.Written));
    }

    /// <summary>The layout of a cache file written for <paramref name="validity"/>, null for any other.
    /// Throws <see cref="InvalidDataException"/> on damage, <see cref="IOException"/> when reading fails.</summary>
    public static CacheLayout? Read(SafeFileHandle file, byte[] validity)
    {
        var fileLength = RandomAccess.GetLength(file);
        var prefix = new byte[Magic.Length + validity.Length + sizeof(int)];
        if (fileLength < prefix.Length) return null;
        ReadExactly(file, prefix, 0);
        var r = new CacheReader(prefix, 0, prefix.Length);
        if (!r.Take(Magic.Length).SequenceEqual(Magic) || !r.Take(validity.Length).SequenceEqual(validity)) return null;
        var headerLength = r.ReadInt32();
        if (headerLength < prefix.Length + sizeof(long) || headerLength > fileLength) throw new InvalidDataException("build cache: bad header length");

        var header = new byte[headerLength];
        ReadExactly(file, header, 0);
        r = new CacheReader(header, prefix.Length, headerLength);
        var pathSet = r.ReadBytes(r.ReadInt32());
        var count = r.ReadInt32();
        if (count < 0 || count > r.Remaining / SectionEntryLength) throw new InvalidDataException("build cache: bad section count");
        var sections = new CacheSection[count];
        for (var i = 0; i < sections.Length; i++)
        {
            var kind = r.ReadByte() is var k && k <= (byte)SectionKind.Topics ? (SectionKind)k : throw new InvalidDataException("build cache: bad section kind");
            sections[i] = new CacheSection(kind, r.ReadInt32(), r.ReadInt64(), r.ReadInt32(), (ulong)r.ReadInt64());
        }
        if ((ulong)r.ReadInt64() != XxHash3.HashToUInt64(header.AsSpan(0, headerLength - sizeof(long))) || !r.AtEnd)
            throw new InvalidDataException("build cache: header damaged");
        if (!FillTheRest(sections, headerLength, fileLength)) throw new InvalidDataException("build cache: sections do not fill the file");
        return new CacheLayout(pathSet, sections);
    }

    /// <summary>Whether the sections lie back to back, in some order, from the header to the end of the file.
    /// (A search for the next one rather than a sort: a file has a hundred sections or so, and sorting structs
    /// is generic code compiled at run time at every start.)</summary>
    private static bool FillTheRest(CacheSection[] sections, long start, long fileLength)
    {
        var end = start;
        for (var placed = 0; placed < sections.Length; placed++)
        {
            var next = -1;
            for (var i = 0; i < sections.Length && next < 0; i++)
                if (sections[i].Offset == end) next = i;
            // Every section holds at least its counts: with lengths above zero, each step finds another one.
            if (next < 0 || sections[next].Length <= 0 || sections[next].Records < 0) return false;
            end += sections[next].Length;
        }
        return end == fileLength;
    }

    public static void ReadExactly(SafeFileHandle file, Span<byte> buffer, long offset)
    {
        while (!buffer.IsEmpty)
        {
            var read = RandomAccess.Read(file, buffer, offset);
            if (read == 0) throw new EndOfStreamException("build cache: shorter than its header says");
            buffer = buffer[read..];
            offset += read;
        }
    }
}

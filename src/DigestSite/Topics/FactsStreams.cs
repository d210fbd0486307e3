namespace DigestSite.Topics;

/// <summary>
/// What the binary form of <see cref="DigestTopicFacts"/> is written with: 7-bit encoded integers and
/// length-prefixed UTF-8 strings (as <see cref="BinaryWriter"/> writes them). A stream or the build cache's
/// own buffer writer can carry it, so the cache need not wrap its bytes in a stream.
/// </summary>
internal interface IFactsSink
{
    void Write7BitEncodedInt(int value);

    void Write(string value);
}

/// <summary>Reads what an <see cref="IFactsSink"/> wrote.</summary>
internal interface IFactsSource
{
    int Read7BitEncodedInt();

    string ReadString();

    /// <summary>Bytes left to read, to refuse counts a damaged record could not hold (long.MaxValue: unknown).</summary>
    long Remaining { get; }
}

internal readonly struct BinaryFactsSink(BinaryWriter writer) : IFactsSink
{
    public void Write7BitEncodedInt(int value) => writer.Write7BitEncodedInt(value);

    public void Write(string value) => writer.Write(value);
}

internal readonly struct BinaryFactsSource(BinaryReader reader) : IFactsSource
{
    public int Read7BitEncodedInt() => reader.Read7BitEncodedInt();

    public string ReadString() => reader.ReadString();

    public long Remaining => reader.BaseStream.CanSeek ? reader.BaseStream.Length - reader.BaseStream.Position : long.MaxValue;
}

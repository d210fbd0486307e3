using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace DigestSite.Topics;

public sealed partial record DigestTopicFacts
{
    /// <summary>
    /// A 128-bit hash of these facts: equal facts give equal fingerprints. A build cache keys the corpus step's
    /// result by the fingerprints of every digest's facts, so that a rebuild whose edits left every digest's
    /// facts as they were (most edits: a figure corrected, a sentence added with words the digest already used)
    /// neither reads the facts back nor combines them again.
    /// </summary>
    public byte[] Fingerprint()
    {
        var sink = t_sink ??= new FingerprintSink();
        sink.Reset();
        Write(sink, strings: null);
        return XxHash128.Hash(sink.Written);
    }

    // One buffer per thread, reused digest after digest: the facts of a digest are some kilobytes as UTF-16.
    [ThreadStatic] private static FingerprintSink? t_sink;

    /// <summary>Collects the facts' binary form (strings in full, as UTF-16) to hash it in one call.</summary>
    private sealed class FingerprintSink : IFactsSink
    {
        private byte[] _buffer = new byte[16384];
        private int _length;

        public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

        public void Reset() => _length = 0;

        public void Write7BitEncodedInt(int value) => MemoryMarshal.Write(Reserve(sizeof(int)), value);

        public void Write(string value)
        {
            Write7BitEncodedInt(value.Length);
            MemoryMarshal.AsBytes(value.AsSpan()).CopyTo(Reserve(value.Length * sizeof(char)));
        }

        private Span<byte> Reserve(int count)
        {
            if (_buffer.Length - _length < count) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
            var span = _buffer.AsSpan(_length, count);
            _length += count;
            return span;
        }
    }
}

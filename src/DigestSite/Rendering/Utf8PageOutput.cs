using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace DigestSite.Rendering;

/// <summary>
/// A Scriban output that encodes to UTF-8 as the template writes, into a buffer reused page after page by one
/// render thread. Scriban's own output builds a string of the page (two bytes a character, grown by doubling)
/// that would then be encoded again: at 6,000 pages that was the larger part of what rendering allocated.
/// </summary>
internal sealed class Utf8PageOutput : ITextOutput
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

    public void Reset()
    {
        _buffer.ResetWrittenCount();
        _encoder.Reset();
    }

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public void Write(ReadOnlySpan<char> chars)
    {
        var count = chars.Length;
        // The encoder keeps a high surrogate that ends one write for the low surrogate that starts the next.
        var bytes = _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(count));
        _buffer.Advance(_encoder.GetBytes(chars, bytes, flush: false));
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The page's bytes, finished: valid until the next <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> Finish()
    {
        var bytes = _buffer.GetSpan(8);
        _buffer.Advance(_encoder.GetBytes([], bytes, flush: true));
        return _buffer.WrittenSpan;
    }

    /// <summary>Scriban returns this from Template.Render; the page is taken with <see cref="Finish"/>.</summary>
    public override string ToString() => "";
}

using Scriban.Runtime;

namespace DigestSite.Rendering;

/// <summary>An output of ours, which takes characters from a span (no string needed).</summary>
internal interface ITextOutput : IScriptOutput
{
    void Write(ReadOnlySpan<char> chars);
}

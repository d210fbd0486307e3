using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace DigestSite.Content;

/// <summary>
/// Limits on a YAML block, checked before YamlDotNet builds its tree: that tree is built by recursion, so a
/// block nested thousands of levels deep (<c>[[[[…]]]]</c>) would overflow the stack and end the process.
/// The check reads the scanner's tokens one by one, which needs no recursion.
/// </summary>
public static class YamlLimits
{
    /// <summary>Nesting deeper than any front matter or configuration needs.</summary>
    public const int MaxDepth = 32;

    /// <summary>The first line (1-based, within <paramref name="yaml"/>) where collections nest deeper than
    /// <see cref="MaxDepth"/>, or null. Throws <see cref="YamlException"/> where the scanner does.</summary>
    public static int? TooDeepLine(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var depth = 0;
        // Each token but a block's end takes at least one character: more tokens than that is a scanner that no
        // longer moves, left to the parser too.
        var tokensLeft = 4L * yaml.Length + 64;
        while (scanner.MoveNext() && --tokensLeft > 0)
        {
            switch (scanner.Current)
            {
                case Error or StreamEnd:
                    // The scanner goes on reporting an error as tokens (it never ends); the parser that reads the
                    // block next stops at the first and says where.
                    return null;
                case FlowSequenceStart or FlowMappingStart or BlockSequenceStart or BlockMappingStart:
                    if (++depth > MaxDepth) return (int)scanner.Current.Start.Line;
                    break;
                case FlowSequenceEnd or FlowMappingEnd or BlockEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }
}

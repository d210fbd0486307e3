using System.Collections.Immutable;

namespace DigestSite.Content;

/// <summary>Sets a plain-text digest's <c>Source:</c> lines apart from its paragraphs (<see cref="SourceLines"/>).</summary>
internal static class DigestSources
{
    public static (List<SourceLine> Lines, ImmutableArray<SourceRef> Sources) SetAside(List<SourceLine> lines)
    {
        List<SourceLine>? rest = null;
        var sources = ImmutableArray.CreateBuilder<SourceRef>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (SourceLines.TryRead(lines[i].Text, out var found))
            {
                rest ??= lines.GetRange(0, i);
                sources.AddRange(found);
            }
            else rest?.Add(lines[i]);
        }
        return (rest ?? lines, sources.DrainToImmutable());
    }
}

using System.Collections.Immutable;
using DigestSite.Diagnostics;

namespace DigestSite.Content;

/// <summary>
/// Reads the plain-text digest layout: a title line, the <c>What's the story</c> line and its paragraphs, then
/// sections of a label line, a headline line and paragraphs, one item a line. Blank lines carry no meaning.
/// </summary>
public static class PlainTextDigestParser
{
    public static Digest? Parse(IReadOnlyList<SourceLine> body, FrontMatter frontMatter, string path, List<Diagnostic> diagnostics)
    {
        var lines = body.Where(l => !l.IsBlank).Select(l => l with { Text = l.Text.Trim() }).ToList();
        var lastLine = body.Count > 0 ? body[^1].Number : 1;
        if (lines.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(path, lastLine, "empty digest: expected a title line, then 'What's the story'", "content"));
            return null;
        }

        var title = lines[0];
        if (LineShape.IsStoryMarker(title.Text))
        {
            diagnostics.Add(Diagnostic.Error(path, title.Number, "missing title: the first line must be the digest's title, before 'What's the story'", "content"));
            return null;
        }
        if (lines.Count < 2 || !LineShape.IsStoryMarker(lines[1].Text))
        {
            var at = lines.Count < 2 ? title.Number : lines[1].Number;
            diagnostics.Add(Diagnostic.Error(path, at, "missing 'What's the story': the line after the title must be \"What's the story\"", "content"));
            return null;
        }

        var sections = ImmutableArray.CreateBuilder<Section>();
        var story = ReadParagraphs(lines, 2, out var next);
        if (story.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(path, lines[1].Number, "'What's the story' has no paragraphs", "content"));
            return null;
        }
        sections.Add(new Section("What's the story", "", [.. story]) { Line = lines[1].Number });

        var i = next;
        while (i < lines.Count)
        {
            var label = lines[i];
            if (i + 1 >= lines.Count)
            {
                diagnostics.Add(Diagnostic.Error(path, label.Number, $"section label '{label.Text}' has no headline and no paragraphs", "content"));
                return null;
            }
            var headline = lines[i + 1];
            var paragraphs = ReadParagraphs(lines, i + 2, out next);
            if (paragraphs.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error(path, headline.Number, $"section '{label.Text}' has no paragraphs after its headline", "content"));
                return null;
            }
            if (headline.Text.EndsWith('.') && !headline.Text.EndsWith("..."))
                diagnostics.Add(Diagnostic.Warning(path, headline.Number, "headline ends with a full stop; headlines usually have none", "content"));
            sections.Add(new Section(label.Text, headline.Text, [.. paragraphs]) { Line = label.Number });
            i = next;
        }

        return new Digest(frontMatter.Title ?? title.Text, sections.ToImmutable(), frontMatter) { TitleLine = title.Number };
    }

    /// <summary>Paragraph lines from <paramref name="start"/> up to the next label; <paramref name="next"/> is
    /// the index of that label (or the end).</summary>
    private static List<string> ReadParagraphs(List<SourceLine> lines, int start, out int next)
    {
        var paragraphs = new List<string>();
        var i = start;
        for (; i < lines.Count; i++)
        {
            if (StartsSection(lines, i)) break;
            paragraphs.Add(lines[i].Text);
        }
        next = i;
        return paragraphs;
    }

    /// <summary>A line starts a section when it could be a label and a headline follows it.</summary>
    private static bool StartsSection(List<SourceLine> lines, int i) =>
        LineShape.CouldBeLabel(lines[i].Text) && i + 1 < lines.Count;
}

using System.Collections.Immutable;
using DigestSite.Content.Markup;
using DigestSite.Diagnostics;

namespace DigestSite.Content;

/// <summary>
/// Reads the plain-text digest layout: a title line, the <c>What's the story</c> line and its paragraphs, then
/// sections of a label line, a headline line and paragraphs, one item a line. Blank lines carry no meaning.
/// Which line is a label, a headline or a paragraph is decided by <see cref="SectionLayout"/> over the whole
/// digest; every doubtful decision is reported as a warning on its line.
/// </summary>
public static class PlainTextDigestParser
{
    public const string StoryLabel = "What's the story";

    public static Digest? Parse(IReadOnlyList<SourceLine> body, FrontMatter frontMatter, string path, List<Diagnostic> diagnostics,
        StoryMarkers? markers = null)
    {
        markers ??= StoryMarkers.Default;
        var lines = new List<SourceLine>(body.Count);
        foreach (var line in body)
            if (!line.IsBlank) lines.Add(line with { Text = line.Text.Trim() });
        var lastLine = body.Count > 0 ? body[^1].Number : 1;
        if (lines.Count == 0)
        {
            diagnostics.Add(Error(path, lastLine, ReferenceEquals(frontMatter, FrontMatter.None)
                ? "empty digest: expected a title line, then 'What's the story' and its paragraphs"
                : "no digest after the front matter: expected a title line, then 'What's the story' and its paragraphs"));
            return null;
        }

        var marker = lines.FindIndex(l => markers.IsMarker(l.Text));
        if (!TryFindTitle(lines, marker, frontMatter, path, diagnostics, out var title, out var titleLine)) return null;

        // Source lines are the digest's sources, not paragraphs: they are set aside before the layout is read.
        var (rest, sources) = DigestSources.SetAside(lines.GetRange(marker + 1, lines.Count - marker - 1));
        if (rest.Count == 0)
        {
            diagnostics.Add(Error(path, lines[marker].Number, "'What's the story' has no paragraphs: add at least one line of text after it"));
            return null;
        }

        var texts = new List<string>(rest.Count);
        foreach (var line in rest) texts.Add(line.Text);
        var reading = SectionLayout.Read(texts);
        if (reading.EmptyStory)
        {
            diagnostics.Add(Error(path, lines[marker].Number,
                $"'What's the story' has no paragraphs: the next lines read as the label '{rest[0].Text}' and its headline"));
            return null;
        }

        var sections = ImmutableArray.CreateBuilder<Section>();
        var storyParagraphs = new List<string>();
        var i = 0;
        for (; i < rest.Count && reading.Roles[i] == LineRole.Paragraph; i++) storyParagraphs.Add(Paragraph(rest[i], path, diagnostics));
        sections.Add(new Section(StoryLabel, "", [.. storyParagraphs]) { Line = lines[marker].Number });

        while (i < rest.Count)
        {
            // The layout reading guarantees: label, headline, then at least one paragraph.
            var label = rest[i];
            var headline = rest[i + 1];
            CheckLabel(label, headline, path, diagnostics, markers);
            CheckHeadline(label, headline, path, diagnostics);
            var paragraphs = new List<string>();
            for (i += 2; i < rest.Count && reading.Roles[i] == LineRole.Paragraph; i++) paragraphs.Add(Paragraph(rest[i], path, diagnostics));
            sections.Add(new Section(LineShape.LabelText(label.Text), headline.Text, [.. paragraphs]) { Line = label.Number });
        }

        return new Digest(title, sections.ToImmutable(), frontMatter) { TitleLine = titleLine, Sources = sources };
    }

    /// <summary>The title is the line before <c>What's the story</c>; the front matter's title wins, and may
    /// stand in for a missing title line.</summary>
    private static bool TryFindTitle(List<SourceLine> lines, int marker, FrontMatter frontMatter, string path,
        List<Diagnostic> diagnostics, out string title, out int titleLine)
    {
        title = frontMatter.Title ?? "";
        titleLine = lines[0].Number;
        if (marker < 0)
        {
            diagnostics.Add(lines.Count == 1
                ? Error(path, lines[0].Number, "title only: a digest needs a 'What's the story' line and paragraphs after its title")
                : Error(path, lines[1].Number, $"missing 'What's the story': the line after the title must be \"What's the story\", not '{Short(lines[1].Text)}'"));
            return false;
        }
        if (marker == 0)
        {
            if (frontMatter.Title is not null) return true;
            diagnostics.Add(Error(path, lines[0].Number, "missing title: the first line must be the digest's title, before 'What's the story'"));
            return false;
        }
        if (marker > 1)
        {
            diagnostics.Add(Error(path, lines[1].Number,
                $"unexpected line between the title and 'What's the story' (line {lines[marker].Number}): a title is one line; join or remove '{Short(lines[1].Text)}'"));
            return false;
        }
        if (frontMatter.Title is null) title = lines[0].Text;
        return true;
    }

    private static string Paragraph(SourceLine line, string path, List<Diagnostic> diagnostics)
    {
        ParagraphChecks.Check(line.Text, path, line.Number, diagnostics);
        if (LineShape.Ending(line.Text) != LineEnding.None) return line.Text;
        diagnostics.Add(Warning(path, line.Number, LineShape.CouldBeLabel(line.Text)
            ? $"'{Short(line.Text)}' looks like a section label, but no headline and paragraph follow it; read as a paragraph"
            : "paragraph does not end like a sentence (no final '.', '?' or '!'); read as a paragraph"));
        return line.Text;
    }

    private static void CheckLabel(SourceLine label, SourceLine headline, string path, List<Diagnostic> diagnostics, StoryMarkers markers)
    {
        if (markers.IsMarker(label.Text))
            diagnostics.Add(Warning(path, label.Number, "a second 'What's the story' line; read as the label of a new section"));
        else if (!LineShape.CouldBeLabel(label.Text))
            diagnostics.Add(Warning(path, label.Number,
                $"read as a section label because line {headline.Number} reads as its headline, but labels are usually short and unpunctuated"));
    }

    private static void CheckHeadline(SourceLine label, SourceLine headline, string path, List<Diagnostic> diagnostics)
    {
        var text = headline.Text;
        if (LineShape.HasSentenceBreak(text) || LineShape.WordCount(text) > 25)
            diagnostics.Add(Warning(path, headline.Number,
                $"read as the headline of section '{Short(label.Text)}', but it looks like a paragraph: is the headline missing?"));
        else if (LineShape.Ending(text) == LineEnding.FullStop)
            diagnostics.Add(Warning(path, headline.Number, "headline ends with a full stop; headlines usually have none"));
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static Diagnostic Error(string path, int line, string message) => Diagnostic.Error(path, line, message, "content");

    private static Diagnostic Warning(string path, int line, string message) => Diagnostic.Warning(path, line, message, "content");
}

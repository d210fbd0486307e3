using System.Collections.Immutable;
using DigestSite.Diagnostics;
using Markdig;
using DigestSite.Content.Markup;
using Markdig.Syntax;

namespace DigestSite.Content;

/// <summary>
/// Reads a Markdown digest (<c>.md</c>): the title from the front matter (or a first <c># Title</c>), a
/// <c>## What's the story</c> section with its paragraphs, then sections of <c>## label</c>,
/// <c>### headline</c> and paragraphs. The result is the same <see cref="Digest"/> a plain-text file gives.
/// Text is kept as plain text (emphasis and links keep their words); raw HTML is dropped with a warning, never
/// passed through. A <c>.md</c> file with no headings at all is read with the plain-text layout.
/// </summary>
public static class MarkdownDigestParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static Digest? Parse(IReadOnlyList<SourceLine> body, FrontMatter frontMatter, string path, List<Diagnostic> diagnostics,
        StoryMarkers? markers = null)
    {
        markers ??= StoryMarkers.Default;
        // Blank lines are kept so that Markdig's 0-based line numbers map back to the file's.
        var text = string.Join('\n', body.Select(l => l.Text));
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses input nested past its depth limit (quotes or lists thousands deep) this way.
            diagnostics.Add(Diagnostic.Error(path, body.Count > 0 ? body[0].Number : 1,
                $"Markdown that cannot be read: {e.Message}", "content"));
            return null;
        }
        int FileLine(Block block) => block.Line >= 0 && block.Line < body.Count ? body[block.Line].Number : (body.Count > 0 ? body[0].Number : 1);

        if (!document.Descendants<HeadingBlock>().Any())
            return PlainTextDigestParser.Parse(body, frontMatter, path, diagnostics, markers);

        var reader = new MarkdownSectionReader(path, diagnostics, FileLine, markers);
        foreach (var block in document) reader.Add(block);
        return reader.Finish(frontMatter, body.Count > 0 ? body[^1].Number : 1);
    }

    private sealed class MarkdownSectionReader(string path, List<Diagnostic> diagnostics, Func<Block, int> fileLine, StoryMarkers markers)
    {
        private readonly List<SourceRef> _sources = [];
        private readonly ImmutableArray<Section>.Builder _sections = ImmutableArray.CreateBuilder<Section>();
        private string? _title;
        private int _titleLine = 1;
        private string? _label;
        private string? _headline;
        private int _labelLine;
        private readonly List<string> _paragraphs = [];
        private bool _failed;
        private bool _htmlReported;

        public void Add(Block block)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } h when _label is null && _title is null:
                    _title = MarkdownText.Of(h.Inline, ReportHtml);
                    _titleLine = fileLine(h);
                    break;
                case HeadingBlock { Level: <= 2 } h:
                    Close();
                    _label = MarkdownText.Of(h.Inline, ReportHtml);
                    _labelLine = fileLine(h);
                    _headline = null;
                    if (_sections.Count == 0 && !markers.IsMarker(_label))
                        Fail(_labelLine, $"missing '## What's the story': the first section must be \"## What's the story\", not '## {_label}'");
                    break;
                case HeadingBlock h when _label is not null && _headline is null && !IsStory && _paragraphs.Count == 0:
                    _headline = MarkdownText.Of(h.Inline, ReportHtml);
                    break;
                case HeadingBlock h:
                    diagnostics.Add(Diagnostic.Warning(path, fileLine(h),
                        "heading is not a '## label' or the '### headline' right after it; read as a paragraph", "content"));
                    AddParagraph(h, MarkdownText.Of(h.Inline, ReportHtml));
                    break;
                case ParagraphBlock p:
                    var text = MarkdownSource.Of(p.Inline, ReportHtml);
                    if (SourceLines.TryRead(text, out var sources)) { _sources.AddRange(sources); break; }
                    ParagraphChecks.Check(text, path, fileLine(p), diagnostics);
                    AddParagraph(p, text);
                    break;
                case HtmlBlock html:
                    ReportHtml();
                    break;
                case CodeBlock code:
                    AddParagraph(code, string.Join(' ', code.Lines.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
                    break;
                case ContainerBlock container: // lists and quotations: each paragraph inside is a paragraph
                    foreach (var inner in container) Add(inner);
                    break;
            }

            void ReportHtml()
            {
                if (_htmlReported) return;
                _htmlReported = true;
                diagnostics.Add(Diagnostic.Warning(path, fileLine(block), "raw HTML in Markdown is not passed through; it was left out", "content"));
            }
        }

        private bool IsStory => _sections.Count == 0 && _label is not null && markers.IsMarker(_label);

        private void AddParagraph(Block block, string text)
        {
            if (text.Length == 0) return;
            if (_label is null)
            {
                Fail(fileLine(block), "text before '## What's the story': a Markdown digest starts with its sections (the title goes in the front matter or a '# Title' line)");
                return;
            }
            if (!IsStory && _headline is null)
            {
                Fail(_labelLine, $"section '{_label}' has no headline: put a '### headline' line right after '## {_label}'");
                return;
            }
            _paragraphs.Add(text);
        }

        private void Close()
        {
            if (_label is null) return;
            if (_paragraphs.Count == 0)
                Fail(_labelLine, IsStory ? "'What's the story' has no paragraphs" : $"section '{_label}' has no paragraphs");
            else
                _sections.Add(IsStory
                    ? new Section(PlainTextDigestParser.StoryLabel, "", [.. _paragraphs]) { Line = _labelLine }
                    : new Section(LineShape.LabelText(_label), _headline ?? "", [.. _paragraphs]) { Line = _labelLine });
            _paragraphs.Clear();
        }

        public Digest? Finish(FrontMatter frontMatter, int lastLine)
        {
            Close();
            var title = frontMatter.Title ?? _title;
            if (title is null && !_failed) Fail(1, "missing title: add 'title:' to the front matter or a '# Title' line");
            if (_sections.Count == 0 && !_failed) Fail(lastLine, "missing '## What's the story' section");
            return _failed ? null : new Digest(title!, _sections.ToImmutable(), frontMatter) { TitleLine = _titleLine, Sources = [.. _sources] };
        }

        private void Fail(int line, string message)
        {
            if (_failed) return; // the first structural error explains the rest
            _failed = true;
            diagnostics.Add(Diagnostic.Error(path, line, message, "content"));
        }
    }
}

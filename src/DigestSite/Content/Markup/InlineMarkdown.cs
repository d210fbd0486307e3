using System.Buffers;
using System.Net;
using System.Text;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DigestSite.Content.Markup;

/// <summary>
/// The inline Markdown of a paragraph: <c>[words](url)</c>, <c>*em*</c>, <c>**strong**</c>, <c>`code`</c>,
/// <c>![alt](url)</c>, and bare URLs, read by Markdig's inline parsers only (no block syntax: a paragraph that
/// starts with <c>1.</c> or <c>#</c> stays a paragraph; raw HTML is text). Everything else is text and is
/// escaped. A paragraph without any of the characters that markup needs is plain text and skips Markdig.
/// </summary>
public static class InlineMarkdown
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private static readonly SearchValues<char> MarkupChars = SearchValues.Create("*_[]<&\\`");

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAutoLinks().DisableHtml();
        builder.BlockParsers.Clear();
        builder.BlockParsers.Add(new ParagraphBlockParser());
        return builder.Build();
    }

    /// <summary>Whether the text may hold markup (a quick test on characters; false means plain text).</summary>
    public static bool MayHaveMarkup(string text) =>
        text.AsSpan().IndexOfAny(MarkupChars) >= 0 || text.Contains("://", StringComparison.Ordinal)
        || text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains("mailto:", StringComparison.OrdinalIgnoreCase);

    /// <summary>The inlines of <paramref name="text"/>, or null for plain text.</summary>
    public static ContainerInline? Parse(string text)
    {
        if (!MayHaveMarkup(text)) return null;
        var document = Markdown.Parse(text.Replace('\n', ' '), Pipeline);
        return document.Count > 0 && document[0] is ParagraphBlock { Inline: { } inline } ? inline : null;
    }

    /// <summary>The paragraph as HTML: markup rendered, text escaped, links and images only with an allowed
    /// URL (<see cref="ContentUrls"/>), else their words.</summary>
    public static string ToHtml(string text)
    {
        if (Parse(text) is not { } inlines) return WebUtility.HtmlEncode(text);
        var sb = new StringBuilder(text.Length + 32);
        AppendHtml(sb, inlines);
        return sb.ToString();
    }

    /// <summary>The paragraph's words without markup (link words, not URLs; an image's alt text).</summary>
    public static string ToPlain(string text)
    {
        if (Parse(text) is not { } inlines) return text;
        var sb = new StringBuilder(text.Length);
        AppendPlain(sb, inlines);
        return sb.ToString().Trim();
    }

    /// <summary>Links and images of the paragraph, in order (bare URLs too).</summary>
    public static IReadOnlyList<InlineLink> Links(string text)
    {
        if (Parse(text) is not { } inlines) return [];
        var links = new List<InlineLink>();
        foreach (var inline in inlines.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline link:
                    var sb = new StringBuilder();
                    AppendPlain(sb, link);
                    links.Add(new InlineLink(link.Url ?? "", sb.ToString().Trim(), link.IsImage));
                    break;
                case AutolinkInline auto:
                    links.Add(new InlineLink(AutolinkUrl(auto), auto.Url, false));
                    break;
            }
        }
        return links;
    }

    private static string AutolinkUrl(AutolinkInline auto) =>
        auto.IsEmail && !auto.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + auto.Url : auto.Url;

    private static void AppendHtml(StringBuilder sb, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal: Escape(sb, literal.Content.ToString()); break;
            case CodeInline code: sb.Append("<code>"); Escape(sb, code.Content); sb.Append("</code>"); break;
            case HtmlEntityInline entity: Escape(sb, entity.Transcoded.ToString()); break;
            case LineBreakInline: sb.Append(' '); break;
            case HtmlInline html: Escape(sb, html.Tag); break;
            case AutolinkInline auto:
                if (ContentUrls.IsAllowed(AutolinkUrl(auto))) Anchor(sb, AutolinkUrl(auto), () => Escape(sb, auto.Url));
                else Escape(sb, auto.Url);
                break;
            case LinkInline { IsImage: true } image:
                var alt = new StringBuilder();
                AppendPlain(alt, image);
                if (ContentUrls.IsAbsoluteHttp(image.Url))
                {
                    sb.Append("<img src=\"");
                    Escape(sb, image.Url!);
                    sb.Append("\" alt=\"");
                    Escape(sb, alt.ToString().Trim());
                    sb.Append("\" loading=\"lazy\" decoding=\"async\">");
                }
                else Escape(sb, alt.ToString().Trim());
                break;
            case LinkInline link:
                if (ContentUrls.IsAllowed(link.Url) && !string.IsNullOrWhiteSpace(link.Url))
                    Anchor(sb, link.Url!, () => Children(sb, link));
                else Children(sb, link);
                break;
            case EmphasisInline emphasis:
                var tag = emphasis.DelimiterCount >= 2 ? "strong" : "em";
                sb.Append('<').Append(tag).Append('>');
                Children(sb, emphasis);
                sb.Append("</").Append(tag).Append('>');
                break;
            case ContainerInline container: Children(sb, container); break;
        }
    }

    private static void Children(StringBuilder sb, ContainerInline container)
    {
        foreach (var child in container) AppendHtml(sb, child);
    }

    /// <summary>An anchor; links off the site get <c>rel="external noopener"</c>.</summary>
    private static void Anchor(StringBuilder sb, string url, Action words)
    {
        sb.Append("<a href=\"");
        Escape(sb, url);
        sb.Append(ContentUrls.IsAbsoluteHttp(url) || url.StartsWith("//", StringComparison.Ordinal) ? "\" rel=\"external noopener\">" : "\">");
        words();
        sb.Append("</a>");
    }

    private static void AppendPlain(StringBuilder sb, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
            case CodeInline code: sb.Append(code.Content); break;
            case HtmlEntityInline entity: sb.Append(entity.Transcoded.ToString()); break;
            case LineBreakInline: sb.Append(' '); break;
            case HtmlInline html: sb.Append(html.Tag); break;
            case AutolinkInline auto: sb.Append(auto.Url); break;
            case ContainerInline container:
                foreach (var child in container) AppendPlain(sb, child);
                break;
        }
    }

    private static void Escape(StringBuilder sb, string text) => sb.Append(WebUtility.HtmlEncode(text));
}

/// <summary>A link or image of a paragraph: its URL as written, its words (an image's alt text).</summary>
public sealed record InlineLink(string Url, string Words, bool IsImage);

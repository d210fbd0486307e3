using System.Text;
using Markdig.Syntax.Inlines;

namespace DigestSite.Content.Markup;

/// <summary>
/// A Markdown file's paragraph written back as the inline Markdown a plain-text digest holds: emphasis, links,
/// images and code kept as markup, text with its markup characters escaped, raw HTML left out (the caller is
/// told, to warn). So both kinds of digest keep a paragraph in one form, which <see cref="InlineMarkdown"/>
/// renders.
/// </summary>
public static class MarkdownSource
{
    public static string Of(ContainerInline? inlines, Action onHtml)
    {
        if (inlines is null) return "";
        var sb = new StringBuilder();
        Append(sb, inlines, onHtml);
        return MarkdownText.Collapse(sb.ToString());
    }

    private static void Append(StringBuilder sb, Inline inline, Action onHtml)
    {
        switch (inline)
        {
            case LiteralInline literal: Text(sb, literal.Content.ToString()); break;
            case CodeInline code:
                var fence = code.Content.Contains('`') ? "``" : "`";
                sb.Append(fence).Append(fence.Length > 1 ? " " : "").Append(code.Content).Append(fence.Length > 1 ? " " : "").Append(fence);
                break;
            case HtmlEntityInline entity: Text(sb, entity.Transcoded.ToString()); break;
            case LineBreakInline: sb.Append(' '); break;
            case HtmlInline: onHtml(); break;
            case AutolinkInline link: sb.Append('<').Append(Url(link.IsEmail && !link.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + link.Url : link.Url)).Append('>'); break;
            case LinkInline link:
                sb.Append(link.IsImage ? "![" : "[");
                foreach (var child in link) Append(sb, child, onHtml);
                sb.Append("](<").Append(Url(link.Url ?? "")).Append(">)");
                break;
            case EmphasisInline emphasis:
                var marks = new string('*', Math.Min(2, Math.Max(1, (int)emphasis.DelimiterCount)));
                sb.Append(marks);
                foreach (var child in emphasis) Append(sb, child, onHtml);
                sb.Append(marks);
                break;
            case ContainerInline container:
                foreach (var child in container) Append(sb, child, onHtml);
                break;
        }
    }

    /// <summary>Text with the characters inline Markdown reads as markup escaped by a backslash.</summary>
    private static void Text(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '`') sb.Append('\\');
            sb.Append(c);
        }
    }

    /// <summary>A URL as it may stand between angle brackets (no spaces, no brackets).</summary>
    private static string Url(string url) =>
        url.Replace("<", "%3C").Replace(">", "%3E").Replace(" ", "%20").Replace("\n", "");
}

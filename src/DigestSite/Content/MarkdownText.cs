using System.Text;
using Markdig.Syntax.Inlines;

namespace DigestSite.Content;

/// <summary>The plain text of Markdown inlines: words of emphasis, links and code are kept, the markup is not.
/// Raw HTML is dropped (the caller is told, to warn); HTML entities become their characters.</summary>
public static class MarkdownText
{
    public static string Of(ContainerInline? inlines, Action onHtml)
    {
        if (inlines is null) return "";
        var sb = new StringBuilder();
        Append(sb, inlines, onHtml);
        return Collapse(sb.ToString());
    }

    private static void Append(StringBuilder sb, Inline inline, Action onHtml)
    {
        switch (inline)
        {
            case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
            case CodeInline code: sb.Append(code.Content); break;
            case HtmlEntityInline entity: sb.Append(entity.Transcoded.ToString()); break;
            case LineBreakInline: sb.Append(' '); break;
            case HtmlInline: onHtml(); break;
            case AutolinkInline link: sb.Append(link.Url); break;
            case LinkInline { IsImage: true }: break; // an image in running text has no words to keep
            case ContainerInline container:
                foreach (var child in container) Append(sb, child, onHtml);
                break;
        }
    }

    /// <summary>White space runs made one space, none at either end.</summary>
    internal static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}

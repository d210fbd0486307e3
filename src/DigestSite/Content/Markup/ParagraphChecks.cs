using DigestSite.Diagnostics;

namespace DigestSite.Content.Markup;

/// <summary>What a paragraph's inline Markdown cannot show as written, reported on its line: a link whose URL
/// scheme is not allowed (shown as its words), an image that is not an absolute URL (shown as its alt text)
/// or that has no alt text. Nothing is dropped without a word.</summary>
public static class ParagraphChecks
{
    public static void Check(string text, string path, int line, List<Diagnostic> diagnostics)
    {
        if (!InlineMarkdown.MayHaveMarkup(text)) return;
        foreach (var link in InlineMarkdown.Links(text))
        {
            if (link.IsImage)
            {
                if (!ContentUrls.IsAbsoluteHttp(link.Url))
                    diagnostics.Add(Diagnostic.Warning(path, line,
                        $"image '{Short(link.Url)}' in a paragraph is shown as its alt text: images in text must be absolute http(s) URLs (a local lead image goes in front matter 'image')", "content"));
                else if (link.Words.Length == 0)
                    diagnostics.Add(Diagnostic.Warning(path, line,
                        $"image '{Short(link.Url)}' in a paragraph has no alt text: write it between the brackets, ![what it shows](url)", "content"));
            }
            else if (!ContentUrls.IsAllowed(link.Url))
            {
                diagnostics.Add(Diagnostic.Warning(path, line,
                    $"link to '{Short(link.Url)}' is not allowed (only http, https, mailto and relative links); its words are shown without the link", "content"));
            }
        }
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}

using DigestSite.Content;
using AngleSharp.Dom;

namespace DigestSite.Validation.Rules;

/// <summary>unsafe-url: every URL a page links to, loads or submits to uses a scheme of
/// <see cref="SafeUrl.Schemes"/> or none, whatever put it there (content, a theme, an include).</summary>
public sealed class UrlSchemeRule : PageRule
{
    public override void Visit(IElement element, PageScan page)
    {
        foreach (var attribute in UrlAttributes.Of(element.LocalName))
            if (element.GetAttribute(attribute) is { } url) Check(element, url, page);
        if (FormAttribute(element.LocalName) is { } formAttribute && element.GetAttribute(formAttribute) is { } target)
            Check(element, target, page);
        if (UrlAttributes.HasSrcset(element.LocalName) && element.GetAttribute("srcset") is { } srcset)
            foreach (var url in UrlAttributes.SrcsetUrls(srcset)) Check(element, url, page);
    }

    /// <summary>Elements whose URL submits or embeds rather than links: checked for their scheme only.</summary>
    private static string? FormAttribute(string localName) => localName switch
    {
        "form" => "action",
        "button" or "input" => "formaction",
        "object" => "data",
        "base" => "href",
        _ => null,
    };

    private static void Check(IElement element, string url, PageScan page)
    {
        if (!SafeUrl.IsAllowed(url))
            page.Report(ValidationRules.UnsafeUrl, element,
                $"<{element.LocalName}> uses the URL scheme '{SafeUrl.SchemeOf(url)}:', which is not allowed (only {string.Join(", ", SafeUrl.Schemes)} or a relative URL)");
    }
}

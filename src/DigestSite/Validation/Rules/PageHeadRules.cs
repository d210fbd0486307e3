using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DigestSite.Validation.Rules;

/// <summary>page-lang: the html element says the page's language.</summary>
public sealed class PageLanguageRule : PageRule
{
    public override void End(PageScan page)
    {
        var html = page.Document.DocumentElement;
        if (html is null || !html.HasText("lang"))
            page.Report(ValidationRules.PageLanguage, html, "the page has no language: add lang to <html>");
    }
}

/// <summary>page-title: a non-empty title (browser tabs, bookmarks, search results).</summary>
public sealed class PageTitleRule : PageRule
{
    public override void End(PageScan page)
    {
        // The first HTML title in document order: an SVG title is not the page's.
        var title = page.Document.DocumentElement?.Descendants<IHtmlTitleElement>().FirstOrDefault();
        if (title is null || string.IsNullOrWhiteSpace(title.TextContent))
            page.Report(ValidationRules.PageTitle, page.Document.Head, "the page has no <title> or an empty one");
    }
}

/// <summary>meta-description: a non-empty meta description (what search results show under the title).</summary>
public sealed class MetaDescriptionRule : PageRule
{
    private bool _found;

    public override void Begin(PageScan page) => _found = false;

    public override void Visit(IElement element, PageScan page)
    {
        if (element.LocalName == "meta"
            && string.Equals(element.GetAttribute("name"), "description", StringComparison.OrdinalIgnoreCase)
            && element.HasText("content"))
            _found = true;
    }

    public override void End(PageScan page)
    {
        if (!_found)
            page.Report(ValidationRules.MetaDescription, page.Document.Head,
                "the page has no <meta name=\"description\"> with content");
    }
}

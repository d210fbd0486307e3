using DigestSite.Validation.Tree;

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
        if (page.Document.Title is not { } title || !HasText(title))
            page.Report(ValidationRules.PageTitle, page.Document.Head, "the page has no <title> or an empty one");
    }

    private static bool HasText(PageNode node)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            if (child is PageText || child is PageElement element && HasText(element))
                return true;
        return false;
    }
}

/// <summary>meta-description: a non-empty meta description (what search results show under the title).</summary>
public sealed class MetaDescriptionRule : PageRule
{
    private bool _found;

    public override void Begin(PageScan page) => _found = false;

    public override void Visit(PageElement element, PageScan page)
    {
        if (element.LocalName == "meta"
            && element.TryGetAttribute("name", out var name) && name.Equals("description", StringComparison.OrdinalIgnoreCase)
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

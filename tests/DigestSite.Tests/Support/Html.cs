using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DigestSite.Tests.Support;

public static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}

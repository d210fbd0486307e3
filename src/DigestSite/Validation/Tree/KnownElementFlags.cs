using AngleSharp.Dom;

namespace DigestSite.Validation.Tree;

/// <summary>
/// The flags of AngleSharp's HTML elements, by name, written out so that the first page checked in a process does
/// not build an AngleSharp document and its element factories only to read them (tens of milliseconds, most of
/// the validation of an incremental build that checks a handful of pages). A name not here is read off
/// AngleSharp as before (<see cref="ElementFlags"/>); a test checks every entry against AngleSharp's own.
/// </summary>
internal static class KnownElementFlags
{
    public static IReadOnlyDictionary<string, NodeFlags> Html { get; } = Table(
        (NodeFlags.HtmlMember,
            "abbr annotation-xml audio bdi bdo canvas circle cite data datalist del desc dfn dialog" +
            " foreignObject image ins kbd label legend map mark math meter mi mn mo ms mtext picture progress" +
            " q quote ruby samp selectedcontent slot span sub sup svg var video xml"),
        (NodeFlags.Special | NodeFlags.HtmlMember,
            "address article aside blockquote button center colgroup details dir div dl fieldset figcaption" +
            " figure footer form frameset h1 h2 h3 h4 h5 h6 head header hgroup isindex listing main menu nav" +
            " noscript output plaintext section select summary time title"),
        (NodeFlags.SelfClosing | NodeFlags.Special | NodeFlags.HtmlMember,
            "area base basefont bgsound br col embed frame hr img input keygen link menuitem meta param" +
            " source track wbr"),
        (NodeFlags.HtmlMember | NodeFlags.HtmlFormatting,
            "a b big code em font i nobr s small strike strong tt u"),
        (NodeFlags.Special | NodeFlags.LiteralText | NodeFlags.HtmlMember,
            "iframe noembed noframes script style xmp"),
        (NodeFlags.Special | NodeFlags.Scoped | NodeFlags.HtmlMember,
            "applet caption marquee object"),
        (NodeFlags.Special | NodeFlags.ImplicitlyClosed | NodeFlags.ImpliedEnd | NodeFlags.HtmlMember,
            "dd dt li p"),
        (NodeFlags.ImplicitlyClosed | NodeFlags.ImpliedEnd | NodeFlags.HtmlMember,
            "rb rp rt rtc"),
        (NodeFlags.Special | NodeFlags.ImplicitlyClosed | NodeFlags.HtmlMember | NodeFlags.HtmlTableSectionScoped,
            "tbody tfoot thead"),
        (NodeFlags.Special | NodeFlags.ImplicitlyClosed | NodeFlags.HtmlMember,
            "body tr"),
        (NodeFlags.Special | NodeFlags.HtmlMember | NodeFlags.HtmlListScoped,
            "ol ul"),
        (NodeFlags.ImplicitlyClosed | NodeFlags.ImpliedEnd | NodeFlags.HtmlMember | NodeFlags.HtmlSelectScoped,
            "optgroup option"),
        (NodeFlags.Special | NodeFlags.LineTolerance | NodeFlags.HtmlMember,
            "pre textarea"),
        (NodeFlags.Special | NodeFlags.Scoped | NodeFlags.HtmlMember | NodeFlags.HtmlTableSectionScoped | NodeFlags.HtmlTableScoped,
            "table template"),
        (NodeFlags.Special | NodeFlags.ImplicitlyClosed | NodeFlags.Scoped | NodeFlags.HtmlMember,
            "td th"),
        (NodeFlags.Special | NodeFlags.ImplicitlyClosed | NodeFlags.Scoped | NodeFlags.HtmlMember | NodeFlags.HtmlTableSectionScoped | NodeFlags.HtmlTableScoped,
            "html"));

    private static Dictionary<string, NodeFlags> Table(params (NodeFlags Flags, string Names)[] groups)
    {
        var table = new Dictionary<string, NodeFlags>(160, StringComparer.Ordinal);
        foreach (var (flags, names) in groups)
            foreach (var name in names.Split(' '))
                table.Add(name, flags);
        return table;
    }
}

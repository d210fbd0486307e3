using System.Text;
using AngleSharp.Html.Parser;
using DigestSite.Validation.Tree;

namespace DigestSite.Tests.Validation;

/// <summary>
/// The light tree the validate stage reads pages into is the tree AngleSharp's DOM parser builds from them,
/// with the same parse errors (tree-construction errors included) and the same start-tag positions: on
/// hand-written broken pages and on every page of the sample site.
/// </summary>
public sealed class PageTreeTests(SampleSite sample) : IClassFixture<SampleSite>
{
    /// <summary>Broken markup of many kinds, each put in the body of an otherwise valid page.</summary>
    public static TheoryData<string> BrokenBodies =>
    [
        "<p>One</p></span>\n<p>Two</p>",
        "<b><i>misnested</b> text</i>",
        "<p>a<b>b<p>c</b>d</p>",
        "<b>1<b>2<b>3<b>4<p>para</b>after</p>",
        "<a href=\"/\">outer<a href=\"#main\">inner</a></a>",
        "<a href=\"/\"><b>bold link</a> continued</b>",
        "<div><p>unclosed\n<li>loose item\n<ul><li>one<li>two</ul>",
        "</p></br></div></a></body>",
        "<p class=\"a\" class=\"b\">duplicate attribute</p><p \"x\">bad attribute</p><div/>self-closed",
        "<button><p>in a button</p></button><option>o</option><select><option>a<option>b</select>",
        "<table><caption>c<tr><td>x</table><table><colgroup><col></table>",
        "<table><tbody><tr><th>h</th></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>",
        "<table>loose text, which goes before the table<tr><td>x</td></tr></table>",
        "<h1>Second title</h1><h4 id=\"deep\">Too deep</h4>",
        "<html data-x=\"1\"><body class=\"y\"><head><title>in body</title>",
        "<image src=\"/a.png\" alt=\"an image tag\"><isindex prompt=\"q\">",
        "<P ID=\"UPPER\">Upper case</P><IMG SRC=\"/a.png\">",
        "<svg id=\"s\" aria-label=\"pic\"><a href=\"/x/\">l</a><title>t</title><foreignObject><p>y</p><svg id=\"inner\"></svg></foreignObject></svg>",
        "<svg><a xlink:href=\"/gone/\">x</a><image href=\"/nope.png\"/><script src=\"/nope.js\"></script><svg><g/></svg></svg>",
        "<math><mi>x</mi><annotation-xml encoding=\"text/html\"><p id=\"m\">z</p></annotation-xml></math>",
        "<a href=\"/\">&nbsp;</a><a href=\"/\"><span aria-hidden=\"true\">x</span></a>&bogus; &amp &#0; &#x110000;",
        "<noscript><p>ns</p></noscript><textarea>&lt;/textarea&gt;</textarea><form><form id=\"f2\"></form></form>",
        "<dl><dt>a<dd>b</dl><ruby>a<rt>b</ruby><nobr>a<nobr>b</nobr><marquee><p>m</marquee>",
        "<script>var x = \"</div>\";</script><style>p{}</style><p>\u0000nul</p>",
        "<frameset></frameset><div>" + string.Concat(Enumerable.Repeat("<div>", 600)) + "deep",
        "<!-- unclosed comment",
        "<plaintext><p>not a tag",
    ];

    [Theory]
    [MemberData(nameof(BrokenBodies))]
    public void Broken_markup_reads_as_in_AngleSharps_dom(string body)
    {
        var html = Pages.Valid(body);
        AssertSameAsDom(html, expectReadWithDom: false);
    }

    [Theory]
    [InlineData("<table><tr><td>a</td></tr><div id=\"fostered\">fostered</div></table>")]
    [InlineData("<template><p id=\"t\">t</p></template>")]
    [InlineData("<template><td>x</td></template>")]
    [InlineData("<template shadowrootmode=\"open\"><p>shadow</p></template>")]
    public void Templates_and_content_moved_out_of_tables_are_read_with_AngleSharps_dom(string body) =>
        AssertSameAsDom(Pages.Valid(body), expectReadWithDom: true);

    [Fact]
    public void Every_page_of_the_sample_site_reads_as_in_AngleSharps_dom()
    {
        var pages = Directory.GetFiles(sample.Site.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 100, $"only {pages.Length} pages");
        foreach (var page in pages) AssertSameAsDom(File.ReadAllText(page), expectReadWithDom: false, page);
    }

    [Fact]
    public void Positions_count_lines_as_the_source_has_them()
    {
        var crlf = Pages.Valid("<p id=\"x\">a</p>").Replace("\n", "\r\n");
        AssertSameAsDom(crlf, expectReadWithDom: false);
        var cr = Pages.Valid("<p id=\"x\">a</p>").Replace("\n", "\r");
        AssertSameAsDom(cr, expectReadWithDom: false);

        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<body>\n  <p id=\"x\">a</p>\n</body>\n</html>";
        var element = Find(Parse(new PageParser(), html).DocumentElement!, "p")!;
        Assert.Equal(new SourcePosition(4, 3), element.Start);
    }

    [Fact]
    public void Elements_without_a_tag_of_their_own_are_placed_as_AngleSharp_places_them()
    {
        // html, head and body implied: line 0 as in AngleSharp; the b the parser reopens: no position at all.
        using var document = Parse(new PageParser(), "<title>x</title>\n<p>a<b>b<p>c</b>d");
        Assert.Equal(SourcePosition.Implied, document.DocumentElement!.Start);
        Assert.Equal(SourcePosition.Implied, document.Head!.Start);
        Assert.Equal(SourcePosition.Implied, document.Body!.Start);
        var secondP = document.Body.FirstChild!.NextSibling as PageElement;
        Assert.Equal("p", secondP!.LocalName);
        Assert.Null(Find(secondP, "b")!.Start);
    }

    [Fact]
    public void An_svg_element_gets_the_position_of_its_tag()
    {
        // AngleSharp's DOM gives none to the element that opens SVG or MathML content; its tag is there.
        using var document = Parse(new PageParser(), "<!DOCTYPE html>\n<body>\n<svg id=\"s\"></svg>");
        Assert.Equal(new SourcePosition(3, 1), Find(document.DocumentElement!, "svg")!.Start);
    }

    private static PageDocument Parse(PageParser parser, string html) => parser.Parse(Encoding.UTF8.GetBytes(html));

    private static void AssertSameAsDom(string html, bool expectReadWithDom, string? name = null)
    {
        var parser = new PageParser();
        string light;
        using (var document = Parse(parser, html)) light = Dump(document);
        Assert.Equal(expectReadWithDom, parser.ReadWithDom);

        var errors = new List<ParseError>();
        var domParser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        domParser.Error += (_, e) =>
        {
            var error = (AngleSharp.Html.Dom.Events.HtmlErrorEvent)e;
            errors.Add(new ParseError(error.Position.Line, error.Position.Column, error.Message));
        };
        using var dom = domParser.ParseDocument(html);
        var copy = DomCopy.Of(dom, new TreeStore());

        Assert.True(errors.SequenceEqual(parser.Errors), $"{name}: parse errors differ:\n{string.Join("\n", errors)}\n---\n{string.Join("\n", parser.Errors)}");
        Assert.Equal(Dump(copy), light);
    }

    /// <summary>The tree as text: elements with namespace, position and attributes, and readable text.</summary>
    private static string Dump(PageDocument document)
    {
        var text = new StringBuilder();
        Dump(document, 0, text);
        return text.ToString();
    }

    private static void Dump(PageNode node, int depth, StringBuilder text)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            text.Append(' ', depth * 2);
            if (child is PageElement element)
            {
                var ns = element.IsHtml ? "" : element.NamespaceUri.EndsWith("svg") ? "svg:" : "math:";
                var at = OpensForeignContent(element) ? "" : element.Start is { } start ? $" @{start.Line}:{start.Column}" : " @none";
                text.Append(ns).Append(element.LocalName).Append(at);
                foreach (var attribute in element.Attributes) text.Append($" {attribute.Name}=\"{attribute.Value}\"");
                text.AppendLine();
                Dump(element, depth + 1, text);
            }
            else text.AppendLine(child is PageText ? "#text" : "#doctype");
        }
    }

    /// <summary>An svg or math element read by the HTML rules, whose position AngleSharp's DOM does not keep.</summary>
    private static bool OpensForeignContent(PageElement element) =>
        element.LocalName is "svg" or "math" && !element.IsHtml
        && element.Parent is PageElement parent
        && (parent.IsHtml || parent.LocalName is "foreignObject" or "desc" or "title" or "annotation-xml"
            || parent.Flags.HasFlag(AngleSharp.Dom.NodeFlags.MathTip));

    private static PageElement? Find(PageElement element, string name)
    {
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
            if (child is PageElement e && (e.LocalName == name ? e : Find(e, name)) is { } found)
                return found;
        return null;
    }
}

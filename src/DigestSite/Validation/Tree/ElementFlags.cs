using System.Collections.Concurrent;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Mathml.Dom;
using AngleSharp.Svg.Dom;

namespace DigestSite.Validation.Tree;

/// <summary>
/// The flags the tree constructor reads off an element (special, scoping, formatting, implied end tag,
/// integration point...), per element name, taken from AngleSharp's own element classes so that the light tree
/// is built exactly as AngleSharp's DOM would be. Each name is looked up once per process; the HTML elements
/// AngleSharp knows are already written out (<see cref="KnownElementFlags"/>).
/// </summary>
internal static class ElementFlags
{
    /// <summary>Names seen so far are kept; past this many (a page inventing tag names), no more are.</summary>
    private const int MaxCached = 4096;

    private static readonly Lock Gate = new();
    private static readonly ConcurrentDictionary<string, NodeFlags> HtmlFlags = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, NodeFlags> SvgFlags = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, NodeFlags> MathFlags = new(StringComparer.Ordinal);
    private static Prototypes? _prototypes;

    public static NodeFlags Html(string name) =>
        KnownElementFlags.Html.TryGetValue(name, out var flags) ? flags : Get(HtmlFlags, name, HtmlElement);

    /// <summary>An HTML element's flags as AngleSharp gives them, whether written out or not (for tests).</summary>
    internal static NodeFlags HtmlFromAngleSharp(string name) => Read(name, HtmlElement);

    private static Element HtmlElement(Prototypes p, string name) => p.Html.Create(p.Document, name);

    public static NodeFlags Svg(string name) => Get(SvgFlags, name, static (p, n) => p.Svg.Create(p.Document, n));

    public static NodeFlags Math(string name) => Get(MathFlags, name, static (p, n) => p.Math.Create(p.Document, n));

    private static NodeFlags Get(ConcurrentDictionary<string, NodeFlags> cache, string name, Func<Prototypes, string, Element> create)
    {
        if (cache.TryGetValue(name, out var flags)) return flags;
        flags = Read(name, create);
        if (cache.Count < MaxCached) cache.TryAdd(name, flags);
        return flags;
    }

    private static NodeFlags Read(string name, Func<Prototypes, string, Element> create)
    {
        lock (Gate) // AngleSharp's factories and document are not made for concurrent use
        {
            _prototypes ??= new Prototypes();
            return ((IConstructableNode)create(_prototypes, name)).Flags;
        }
    }

    /// <summary>AngleSharp's element factories and a document to make elements in, only to read their flags.</summary>
    private sealed class Prototypes
    {
        public Prototypes()
        {
            var context = BrowsingContext.New();
            Document = (Document)new HtmlParser(new HtmlParserOptions(), context).ParseDocument("");
            Html = context.GetService<IElementFactory<Document, HtmlElement>>()!;
            Svg = context.GetService<IElementFactory<Document, SvgElement>>()!;
            Math = context.GetService<IElementFactory<Document, MathElement>>()!;
        }

        public Document Document { get; }
        public IElementFactory<Document, HtmlElement> Html { get; }
        public IElementFactory<Document, SvgElement> Svg { get; }
        public IElementFactory<Document, MathElement> Math { get; }
    }
}

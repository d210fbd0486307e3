using System.Text;
using AngleSharp;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace DigestSite.Validation.Tree;

/// <summary>A parse error as AngleSharp reports it.</summary>
public readonly record struct ParseError(int Line, int Column, string Message);

/// <summary>
/// Parses a page into a <see cref="PageDocument"/> with AngleSharp's tokenizer and tree constructor (so the
/// same parse errors, tree-construction errors included, as AngleSharp's DOM parser), into light nodes. One
/// parser per worker thread: its buffers, nodes and error list are per instance, and a page's tree is valid
/// until the next page is parsed.
/// </summary>
/// <remarks>
/// A page with a template, or with content the parser moves out of a misplaced table, is read with
/// AngleSharp's own DOM instead and copied into light nodes (see <see cref="PageDocument.NeedsDom"/>).
/// </remarks>
public sealed class PageParser
{
    private readonly HtmlParser _parser;
    private HtmlParser? _fallback; // made for the first page that needs it (few do)
    private readonly TokenizerMiddleware _readStartTags;
    private readonly TreeStore _store = new();
    private readonly List<ParseError> _errors = [];
    private char[] _text = new char[64 * 1024];
    private int _length;

    public PageParser()
    {
        var context = BrowsingContext.New(AngleSharp.Configuration.Default.With(new PageTreeFactory(_store)));
        _parser = new HtmlParser(new HtmlParserOptions(), context);
        _parser.Error += (_, e) => Record((HtmlErrorEvent)e);
        _readStartTags = (ref StructHtmlToken token, TokenConsumer next) =>
        {
            _store.StartTags.Read(ref token);
            next(ref token);
            return TokenConsumptionResult.Continue;
        };
    }

    /// <summary>The text of the last page parsed (UTF-16, as the line and column of a finding count it).</summary>
    public ReadOnlySpan<char> Text => _text.AsSpan(0, _length);

    /// <summary>The parse errors of the last page parsed, in the order AngleSharp reported them.</summary>
    public IReadOnlyList<ParseError> Errors => _errors;

    /// <summary>Whether the last page was read with AngleSharp's DOM (see the remarks).</summary>
    public bool ReadWithDom { get; private set; }

    /// <summary>Parses a page's UTF-8 bytes; the caller disposes the document once done with it.</summary>
    public PageDocument Parse(ReadOnlySpan<byte> utf8)
    {
        Decode(utf8);
        _errors.Clear();
        _store.Restart();
        ReadWithDom = false;
        PageDocument? document = null;
        try
        {
            var source = new TextSource(new CharArrayTextSource(_text, _length));
            document = _parser.ParseDocument<PageDocument, PageElement>(source, _readStartTags);
            if (!document.NeedsDom) return document;
        }
        catch (NullReferenceException)
        {
            // Table parts in a template: the tree constructor ran past the root looking for a template it
            // could not recognise.
        }
        document?.Dispose();
        _errors.Clear();
        _store.Restart();
        ReadWithDom = true;
        if (_fallback is null)
        {
            _fallback = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
            _fallback.Error += (_, e) => Record((HtmlErrorEvent)e);
        }
        using var dom = _fallback.ParseDocument(Text.ToString());
        return DomCopy.Of(dom, _store);
    }

    /// <summary>Into the parser's own buffer, reused from page to page, rather than into a new string.</summary>
    private void Decode(ReadOnlySpan<byte> utf8)
    {
        var most = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (most > _text.Length) _text = new char[most];
        _length = Encoding.UTF8.GetChars(utf8, _text);
    }

    private void Record(HtmlErrorEvent e) => _errors.Add(new ParseError(e.Position.Line, e.Position.Column, e.Message));
}

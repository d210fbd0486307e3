using AngleSharp.Common;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace DigestSite.Validation.Tree;

/// <summary>1-based line and column of a start tag in the page's source.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>Where AngleSharp places an element the tree constructor implied (an html, head, body or
    /// tbody without a tag): line 0, column 0. Kept so that findings stay as they were.</summary>
    public static readonly SourcePosition Implied = new(0, 0);
}

/// <summary>
/// The start tag the tree constructor is working on, so that the element made from it can take its position
/// without AngleSharp copying the whole token for it (its source references do). The elements it implies on
/// the way (an html, head or body before the first tag, a tbody before a tr) come first and have other names.
/// </summary>
internal sealed class StartTagTracker
{
    private StringOrMemory _name;
    private SourcePosition _position;
    private bool _open;

    public void Read(ref StructHtmlToken token)
    {
        _open = token.Type == HtmlTokenType.StartTag;
        if (!_open) return; // most tokens are text
        _name = token.Name;
        _position = new SourcePosition(token.Position.Line, token.Position.Column);
    }

    /// <summary>The position of the tag being read if the element is made from it (each tag makes one
    /// element), otherwise <see cref="SourcePosition.Implied"/>.</summary>
    public SourcePosition Take(string localName)
    {
        if (!_open || !IsMadeFrom(localName, _name.Memory.Span)) return SourcePosition.Implied;
        _open = false;
        return _position;
    }

    /// <summary>Names compare without case (SVG names get their camel case after the tag is read); an
    /// &lt;image&gt; tag makes an img.</summary>
    private static bool IsMadeFrom(string localName, ReadOnlySpan<char> tagName) =>
        tagName.Equals(localName, StringComparison.OrdinalIgnoreCase)
        || localName == "img" && tagName.SequenceEqual("image");
}

using System.Buffers;
using System.Net;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestSite.Rendering;

/// <summary>
/// <c>html.escape</c>, as Scriban's (<see cref="WebUtility.HtmlEncode(string)"/>; null and "" pass through; other
/// values are turned to text first), declared as taking its argument as given. Themes pipe every text through
/// it (a hundred calls a page), and Scriban's own, bound by reflection, also has Scriban fill and convert its
/// arguments on every call: that was a tenth of rendering.
/// </summary>
internal sealed class HtmlEscape : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan,
                $"Invalid number of arguments `{arguments.Count}` passed to `html.escape` while expecting `1` arguments");
        var text = arguments[0] switch
        {
            null => null,
            string s => s,
            var value => context.ObjectToString(value),
        };
        return string.IsNullOrEmpty(text) ? text : Escape(text);
    }

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// Writes <see cref="Escape"/> of <paramref name="text"/> into <paramref name="output"/> without making a
    /// string of it: runs of text that need no escaping as they are, and the five characters HTML needs escaped
    /// (what news text holds: apostrophes, quotes, ampersands) and U+00A0 to U+00FF (as numeric references) as
    /// WebUtility writes them. From the first surrogate on the rest is left to WebUtility itself (a pair becomes
    /// one numeric reference, a lone one U+FFFD), so the text is always exactly what <see cref="Escape"/> gives.
    /// </summary>
    public static void Write(string text, ITextOutput output)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var at = rest.IndexOfAny(Special);
            if (at < 0)
            {
                output.Write(rest);
                return;
            }
            if (at > 0) output.Write(rest[..at]);
            var replacement = rest[at] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '&' => "&amp;",
                _ => null,
            };
            if (replacement is not null) output.Write(replacement);
            else if (rest[at] <= '\u00ff') WriteNumeric(rest[at], output); // é as &#233;
            else
            {
                output.Write(WebUtility.HtmlEncode(rest[at..].ToString()));
                return;
            }
            rest = rest[(at + 1)..];
        }
    }

    private static void WriteNumeric(char c, ITextOutput output)
    {
        Span<char> reference = stackalloc char[6];
        reference[0] = '&';
        reference[1] = '#';
        ((int)c).TryFormat(reference[2..], out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        reference[2 + digits] = ';';
        output.Write(reference[..(3 + digits)]);
    }

    /// <summary>What <see cref="WebUtility.HtmlEncode(string)"/> may change: the five characters, U+00A0 to
    /// U+00FF, and surrogates (a pair becomes one numeric reference, a lone one U+FFFD). Nothing else.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(SpecialCharacters());

    /// <summary>(A loop, not Enumerable.Range(...).Select: LINQ over int and char is compiled by the JIT at every start.)</summary>
    private static string SpecialCharacters()
    {
        var chars = new StringBuilder("<>\"'&");
        for (var c = 0xA0; c < 0x100; c++) chars.Append((char)c);
        for (var c = 0xD800; c < 0xE000; c++) chars.Append((char)c);
        return chars.ToString();
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

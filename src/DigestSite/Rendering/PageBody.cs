using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestSite.Rendering;

/// <summary>
/// What a page's template writes, before the layout wraps it: kept in a character buffer that one render thread
/// reuses page after page, and shown to the layout as <c>content</c>. Where the layout writes
/// <c>{{ content }}</c> as a statement of its own, the characters go straight from the buffer into the page's
/// UTF-8 output; any other use (a test, a filter) gets them as a string, made once. Scriban's own output would
/// make a string of every page body and then clear its builder, allocating it again.
/// </summary>
internal sealed class PageBody : ITextOutput, IScriptCustomFunction
{
    private char[] _chars = new char[16 * 1024];
    private int _length;
    private string? _text;

    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, _length);

    public void Reset()
    {
        _length = 0;
        _text = null;
    }

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public void Write(ReadOnlySpan<char> chars)
    {
        if (_length + chars.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + chars.Length));
        chars.CopyTo(_chars.AsSpan(_length));
        _length += chars.Length;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Scriban returns this from Template.Render; the body is read from <see cref="Chars"/>.</summary>
    public override string ToString() => "";

    // `content`, as a function without parameters (Scriban calls it where the variable is read).
    public int RequiredParameterCount => 0;
    public int ParameterCount => 0;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (callerContext is ScriptVariable && context.Output is Utf8PageOutput page && WriteThrough.Applies(context, callerContext))
        {
            page.Write(Chars);
            return null;
        }
        return _text ??= new string(Chars);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

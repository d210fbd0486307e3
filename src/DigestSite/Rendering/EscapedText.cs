using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Syntax;

namespace DigestSite.Rendering;

/// <summary>
/// <c>{{ x | html.escape }}</c> written as a statement of its own, the way themes write every text (a hundred
/// times a page): the text is escaped straight into the page's output. Scriban's pipe would call the function
/// through its general machinery (an argument array and list for each call, the argument converted, the
/// function entered and left) and make a string of the escaped text, to be copied into the output and dropped.
/// The text is read and turned to a string as Scriban's call does it; where a template has given
/// <c>html.escape</c> another meaning, or the statement's text would not go straight to the output (output off,
/// indentation), the pipe is evaluated as Scriban evaluates it.
/// </summary>
internal sealed class EscapedText : ScriptExpression
{
    private ScriptPipeCall _pipe = null!;

    private EscapedText(ScriptPipeCall pipe)
    {
        Span = pipe.Span;
        ParentToThis(ref _pipe, pipe);
    }

    /// <summary>Replaces each statement <c>{{ x | html.escape }}</c> of a parsed template with an <see cref="EscapedText"/>.</summary>
    public static void Rewrite(ScriptNode node)
    {
        if (node is ScriptExpressionStatement { Expression: ScriptPipeCall { From: not null } pipe } statement && IsHtmlEscape(pipe.To))
        {
            statement.Expression = null; // the pipe may have one parent only
            statement.Expression = new EscapedText(pipe);
            return;
        }
        for (var i = 0; i < node.ChildrenCount; i++)
            if (node.GetChildren(i) is { } child) Rewrite(child);
    }

    /// <summary>The pipe's destination as the parser gives it for <c>| html.escape</c>: a call without arguments.</summary>
    private static bool IsHtmlEscape(ScriptExpression? to) =>
        to is ScriptFunctionCall { Target: ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "html" }, Member.Name: "escape" }, Arguments.Count: 0 };

    public override object? Evaluate(TemplateContext context)
    {
        // `html.escape` as the template sees it, without calling it (as Scriban's call reads it).
        var call = (ScriptFunctionCall)_pipe.To!;
        if (!AllowPipeArguments(context) || context.Evaluate(call.Target, aliasReturnedFunction: true) is not HtmlEscape)
            return context.Evaluate(_pipe);

        context.EnterRecursive(this);
        try
        {
            var text = (string?)context.ToObject(_pipe.From!.Span, context.Evaluate(_pipe.From), typeof(string));
            if (string.IsNullOrEmpty(text)) return text;
            if (context.Output is ITextOutput output && WriteThrough.Applies(context, this))
            {
                HtmlEscape.Write(text, output);
                return null;
            }
            return HtmlEscape.Escape(text);
        }
        finally
        {
            context.ExitRecursive(this);
        }
    }

    /// <summary>Whether Scriban's call would take the pipe's text as the argument (it does not in a member read
    /// nested in another); not public in Scriban.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_AllowPipeArguments")]
    private static extern bool AllowPipeArguments(TemplateContext context);

    public override int ChildrenCount => 1;
    protected override ScriptNode? GetChildrenImpl(int index) => index == 0 ? _pipe : null;
    public override void PrintTo(ScriptPrinter printer) => printer.Write(_pipe);
    public override bool CanHaveLeadingTrivia() => false;
}

using Scriban;
using Scriban.Syntax;

namespace DigestSite.Rendering;

/// <summary>
/// When a function may write its text straight into the output instead of returning it: when the expression
/// that called it is a statement of its own (<c>{{ include 'x' }}</c>, <c>{{ content }}</c>), whose value Scriban
/// would write where it stands, and nothing would change that text on its way (output on, no indentation).
/// Any other use (assigned, piped, tested) gets the value, as from Scriban.
/// </summary>
internal static class WriteThrough
{
    public static bool Applies(TemplateContext context, ScriptNode? caller) =>
        caller?.Parent is ScriptExpressionStatement && context.EnableOutput && !context.AutoIndent && context.CurrentIndent is null;
}

using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestSite.Rendering;

/// <summary>
/// Scriban's <c>include</c>, writing the partial straight into the output of the template that includes it.
/// Scriban's own renders every include into a new string builder, turns it into a string, clears the builder
/// (which allocates it again at full size) and then copies the string into the caller's output: with a summary
/// partial in every list item and four partials in every layout, that was more than half of what rendering cost.
/// Only an include that is a statement of its own (<c>{{ include 'partials/x' }}</c>, its value written where
/// it stands) with just a name is written through; one used as a value (assigned, piped), given arguments, or
/// met while indenting or with output off is left to Scriban's include, so what a template means never changes.
/// </summary>
internal sealed class PartialInclude(IScriptCustomFunction scriban) : IScriptCustomFunction
{
    public int RequiredParameterCount => scriban.RequiredParameterCount;
    public int ParameterCount => scriban.ParameterCount;
    public ScriptVarParamKind VarParamKind => scriban.VarParamKind;
    public Type ReturnType => scriban.ReturnType;
    public ScriptParameterInfo GetParameterInfo(int index) => scriban.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1 || callerContext is not ScriptFunctionCall { Arguments.Count: 1 } || !WriteThrough.Applies(context, callerContext))
            return scriban.Invoke(context, callerContext, arguments, blockStatement);

        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), callerContext);
        if (path is null) return null;
        var template = context.GetOrCreateTemplate(path, callerContext);
        if (template.HasErrors || template.Page is null)
            return scriban.Invoke(context, callerContext, arguments, blockStatement);

        // What Scriban's include sets up around the partial, less the output of its own: the recursion guard,
        // a local scope holding the arguments (`$`), and the partial's file for messages.
        context.EnterRecursive(callerContext);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            if (template.SourceFilePath is not null) context.PushSourceFile(template.SourceFilePath);
            try
            {
                var result = context.Evaluate(template.Page);
                if (result is not null) context.Write(template.Page.Span, result);
            }
            finally
            {
                if (template.SourceFilePath is not null) context.PopSourceFile();
            }
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(callerContext);
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        scriban.InvokeAsync(context, callerContext, arguments, blockStatement);
}

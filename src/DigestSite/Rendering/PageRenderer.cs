using DigestSite.Diagnostics;
using DigestSite.Pages;
using DigestSite.Site;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestSite.Rendering;

/// <summary>
/// Renders page jobs with Scriban: the page's template gives the body, then <c>layout</c> wraps it. Safe to
/// call from many threads at once: each call has its own context; templates are shared read-only.
/// </summary>
public sealed class PageRenderer
{
    private readonly TemplateSet.PartialLoader _loader;

    /// <summary>One context per worker thread, reused page after page: a context caches how to read each .NET
    /// type (reflection) and holds the parsed includes, so a fresh one per page would redo that work.</summary>
    private readonly ThreadLocal<TemplateContext> _contexts;
    private readonly ThreadLocal<Utf8PageOutput> _outputs = new(() => new Utf8PageOutput());
    private readonly ThreadLocal<PageBody> _bodies = new(() => new PageBody());

    private readonly string? _outputDir;

    /// <param name="outputDir">Where the pages are written, when they are: each page's bytes are then held only
    /// until written (<see cref="OutputFile.HeldUntilWritten"/>).</param>
    public PageRenderer(TemplateSet templates, string? outputDir = null)
    {
        _templates = templates;
        _outputDir = outputDir;
        _loader = new TemplateSet.PartialLoader(templates);
        _contexts = new ThreadLocal<TemplateContext>(NewContext);
    }

    private readonly TemplateSet _templates;

    public OutputFile? Render(PageJob job, DiagnosticBag diagnostics)
    {
        if (!_templates.TryGetPage(job.Template, out var page, out var pageFile))
        {
            diagnostics.Add(Diagnostic.Error($"theme/templates/{job.Template}{Theme.TemplateExtension}", 1,
                $"template '{job.Template}' is missing (needed for {job.OutputPath})", "template"));
            return null;
        }
        var context = _contexts.Value!;
        var globals = new ScriptObject();
        ViewAccessor.Import(globals, job.Model);
        context.PushGlobal(globals);
        try
        {
            var body = _bodies.Value!;
            body.Reset();
            RenderInto(page, context, body);
            var output = _outputs.Value!;
            output.Reset();
            if (!_templates.TryGetPage(TemplateSet.LayoutName, out var layout, out _) || job.Template == TemplateSet.LayoutName)
            {
                output.Write(body.Chars); // no layout: the body is the page
                return Keep(job, output.Finish());
            }

            // The layout, which writes the whole page, goes straight to UTF-8.
            globals.SetValue("content", body, readOnly: false);
            RenderInto(layout, context, output);
            return Keep(job, output.Finish());
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(new Diagnostic(e.Span.FileName ?? pageFile.DisplayPath, e.Span.Start.Line + 1, Severity.Error,
                $"template error while rendering {job.OutputPath}: {e.OriginalMessage}", "template") { Column = e.Span.Start.Column + 1 });
            _contexts.Value = NewContext(); // a failed render may leave the context half-way: start afresh
            return null;
        }
        finally
        {
            if (context.GlobalCount > 1) context.PopGlobal();
        }
    }

    /// <summary>Renders into an output of ours; what Template.Render returns (that output's ToString) is unused.</summary>
    private static void RenderInto(Template template, TemplateContext context, IScriptOutput output)
    {
        context.PushOutput(output);
        try
        {
            template.Render(context);
        }
        finally
        {
            context.PopOutput();
        }
    }

    private OutputFile Keep(PageJob job, ReadOnlySpan<byte> bytes) =>
        _outputDir is null
            ? new OutputFile(job.OutputPath, bytes.ToArray(), job.Origin)
            : OutputFile.HeldUntilWritten(job.OutputPath, bytes.ToArray(), Path.Combine(_outputDir, job.OutputPath), job.Origin);

    /// <summary>Scriban's built-in functions (string, array, html, …), built once: a new context would build
    /// them again by reflection. They are functions only, so sharing them between threads is safe.
    /// Two of them are ours (<see cref="ScribanBuiltins"/>).</summary>
    private static readonly ScriptObject SharedBuiltins = ScribanBuiltins.Create();

    /// <summary>A context with the settings of every render, without a theme's templates.</summary>
    private static ViewContext BareContext() => new(SharedBuiltins)
    {
        // Big sites: no loop or output-size limit (the defaults stop at 1,000 iterations and 1 MiB).
        LoopLimit = int.MaxValue,
        LimitToString = 0,
        RecursiveLimit = 200,
        AutoIndent = false,
        StrictVariables = false,
    };

    private TemplateContext NewContext()
    {
        var context = BareContext();
        context.TemplateLoader = _loader;
        foreach (var (name, template) in _templates.Partials)
            context.CachedTemplates[name] = template;
        return context;
    }
}

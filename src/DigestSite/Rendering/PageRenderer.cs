using System.Text;
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
public sealed class PageRenderer(TemplateSet templates)
{
    private readonly TemplateSet.PartialLoader _loader = new(templates);

    public OutputFile? Render(PageJob job, DiagnosticBag diagnostics)
    {
        if (!templates.TryGetPage(job.Template, out var page, out var pageFile))
        {
            diagnostics.Add(Diagnostic.Error($"theme/templates/{job.Template}{Theme.TemplateExtension}", 1,
                $"template '{job.Template}' is missing (needed for {job.OutputPath})", "template"));
            return null;
        }
        try
        {
            var context = NewContext();
            var globals = new ScriptObject();
            globals.Import(job.Model);
            context.PushGlobal(globals);
            // Template.Render returns what was written and empties the context's output, so one context
            // serves the page and then the layout around it.
            var body = page.Render(context);

            if (templates.TryGetPage(TemplateSet.LayoutName, out var layout, out _) && job.Template != TemplateSet.LayoutName)
            {
                globals.SetValue("content", body, readOnly: false);
                body = layout.Render(context);
            }
            return new OutputFile(job.OutputPath, Encoding.UTF8.GetBytes(body), job.Origin);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(new Diagnostic(e.Span.FileName ?? pageFile.DisplayPath, e.Span.Start.Line + 1, Severity.Error,
                $"template error while rendering {job.OutputPath}: {e.OriginalMessage}", "template") { Column = e.Span.Start.Column + 1 });
            return null;
        }
    }

    /// <summary>Scriban's built-in functions (string, array, html, …), built once: a new context would build
    /// them again by reflection. They are functions only, so sharing them between threads is safe.</summary>
    private static readonly ScriptObject SharedBuiltins = TemplateContext.GetDefaultBuiltinObject();

    private TemplateContext NewContext()
    {
        var context = new TemplateContext(SharedBuiltins)
        {
            // Big sites: no loop or output-size limit (the defaults stop at 1,000 iterations and 1 MiB).
            LoopLimit = int.MaxValue,
            LimitToString = 0,
            RecursiveLimit = 200,
            AutoIndent = false,
            TemplateLoader = _loader,
            StrictVariables = false,
        };
        foreach (var (name, template) in templates.Partials)
            context.CachedTemplates[name] = template;
        return context;
    }
}

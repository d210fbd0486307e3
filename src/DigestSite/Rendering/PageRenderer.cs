using System.Text;
using DigestSite.Diagnostics;
using DigestSite.Pages;
using DigestSite.Site;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using DigestSite.Themes;

namespace DigestSite.Rendering;

/// <summary>
/// Renders page jobs with Scriban, used plainly: the page's template gives the body as a string, then
/// <c>layout</c> wraps it (<c>{{ content }}</c>), and the page's text is encoded to UTF-8. The model's members
/// are the template's globals (<c>site</c>, <c>page</c>, <c>digest</c>…), read by Scriban's own accessor under
/// its snake_case names. Safe to call from many threads at once: each thread has its own context; templates are
/// shared read-only. Template errors are collected in <see cref="TemplateFailures"/> and reported once each.
/// </summary>
public sealed class PageRenderer
{
    private readonly TemplateSet _templates;
    private readonly string? _outputDir;

    /// <summary>One context per worker thread, reused page after page: a context keeps what it learnt about
    /// reading each .NET type and the partials it has loaded.</summary>
    private readonly ThreadLocal<TemplateContext> _contexts;

    private readonly TemplateFailures _failures = new();

    /// <param name="outputDir">Where the pages are written, when they are: each page's bytes are then held only
    /// until written (<see cref="OutputFile.HeldUntilWritten"/>).</param>
    public PageRenderer(TemplateSet templates, string? outputDir = null)
    {
        _templates = templates;
        _outputDir = outputDir;
        _contexts = new ThreadLocal<TemplateContext>(() => _templates.NewContext());
    }

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
        globals.Import(job.Model);
        context.PushGlobal(globals);
        try
        {
            var text = page.Render(context);
            if (job.Template != TemplateSet.LayoutName && _templates.TryGetPage(TemplateSet.LayoutName, out var layout, out _))
            {
                globals.SetValue("content", text, readOnly: true);
                text = layout.Render(context);
            }
            var bytes = Encoding.UTF8.GetBytes(text);
            return _outputDir is null
                ? new OutputFile(job.OutputPath, bytes, job.Origin)
                : OutputFile.HeldUntilWritten(job.OutputPath, bytes, Path.Combine(_outputDir, job.OutputPath), job.Origin);
        }
        catch (ScriptRuntimeException e)
        {
            _failures.Add(e, pageFile.DisplayPath, job.OutputPath);
            _contexts.Value = _templates.NewContext(); // a failed render may leave the context half-way: start afresh
            return null;
        }
        finally
        {
            if (context.GlobalCount > 1) context.PopGlobal();
        }
    }

    /// <summary>Adds one error for each template error met so far, with the pages it failed; called once the
    /// pages are rendered.</summary>
    public void ReportFailures(DiagnosticBag diagnostics) => _failures.Report(diagnostics);
}

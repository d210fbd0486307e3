using System.Text;
using DigestSite.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using DigestSite.Themes;

namespace DigestSite.Rendering;

/// <summary>
/// Every template of the theme, parsed once per build and shared by all render workers. Page templates are
/// <c>templates/NAME.sbn-html</c>; includes live in <c>templates/partials/</c> and reach a render through
/// Scriban's <see cref="ITemplateLoader"/> (<c>include 'partials/NAME'</c>), parsed by each context once.
/// </summary>
public sealed class TemplateSet
{
    public const string LayoutName = "layout";
    private const string PartialsPrefix = Theme.TemplatesFolder + "partials/";

    private readonly Dictionary<string, (Template Template, ThemeFile File)> _pages = new(StringComparer.Ordinal);

    /// <summary>Partials by the name an include gives (<c>partials/NAME</c>); those with syntax errors are in
    /// <see cref="_broken"/> instead, with the place of their first error (reported by <see cref="Parse"/>).</summary>
    private readonly Dictionary<string, ThemeFile> _partials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSpan> _broken = new(StringComparer.Ordinal);
    private readonly PartialLoader _loader;

    private TemplateSet() => _loader = new PartialLoader(this);

    public bool TryGetPage(string name, out Template template, out ThemeFile file)
    {
        var found = _pages.TryGetValue(name, out var entry);
        (template, file) = entry;
        return found;
    }

    public string DisplayPath(string name) => _pages.TryGetValue(name, out var e) ? e.File.DisplayPath : name;

    /// <summary>Parses all templates; syntax errors become diagnostics with the template's path and line.</summary>
    public static TemplateSet Parse(Theme theme, DiagnosticBag diagnostics)
    {
        var set = new TemplateSet();
        foreach (var file in theme.Templates)
        {
            var template = Template.Parse(Encoding.UTF8.GetString(file.Bytes), file.DisplayPath);
            var name = file.RelativePath[Theme.TemplatesFolder.Length..^Theme.TemplateExtension.Length];
            var partial = file.RelativePath.StartsWith(PartialsPrefix, StringComparison.Ordinal);
            if (template.HasErrors)
            {
                foreach (var m in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                    diagnostics.Add(new Diagnostic(file.DisplayPath, m.Span.Start.Line + 1, Severity.Error, $"template syntax: {m.Message}", "template")
                        { Column = m.Span.Start.Column + 1 });
                var first = template.Messages.First(m => m.Type == ParserMessageType.Error).Span;
                if (partial) set._broken[name] = new SourceSpan(file.DisplayPath, first.Start, first.End);
                continue;
            }
            if (partial) set._partials[name] = file;
            else set._pages[name] = (template, file);
        }
        return set;
    }

    /// <summary>A render context with the settings of every render and this theme's partials.</summary>
    public TemplateContext NewContext() => new()
    {
        TemplateLoader = _loader,
        // Big sites: no limit on loops or on the length of a text (Scriban's defaults stop long lists and pages).
        LoopLimit = int.MaxValue,
        LimitToString = 0,
        RecursiveLimit = 200,
        AutoIndent = false,
        StrictVariables = false,
    };

    /// <summary>Resolves <c>include 'partials/x'</c> to the partial's display path (so that Scriban's messages
    /// name the partial's file) and loads its text.</summary>
    private sealed class PartialLoader(TemplateSet set) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            if (set._partials.TryGetValue(templateName, out var file)) return file.DisplayPath;
            // A page that includes a partial with a syntax error fails there, at the error's place, not the include's.
            if (set._broken.TryGetValue(templateName, out var error))
                throw new ScriptRuntimeException(error, $"'{templateName}' has a syntax error, reported at this line");
            throw new ScriptRuntimeException(callerSpan,
                $"include '{templateName}' not found (known: {string.Join(", ", set._partials.Keys.Order())})");
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            Encoding.UTF8.GetString(set._partials.Values.First(f => f.DisplayPath == templatePath).Bytes);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}

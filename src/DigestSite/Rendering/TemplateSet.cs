using System.Text;
using DigestSite.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestSite.Rendering;

/// <summary>
/// Every template of the theme, parsed once per build and shared by all render workers. Page templates are
/// <c>templates/NAME.sbn-html</c>; includes live in <c>templates/partials/</c> and are handed to each render
/// context already parsed (a new context would otherwise parse them again).
/// </summary>
public sealed class TemplateSet
{
    public const string LayoutName = "layout";
    private const string PartialsPrefix = Theme.TemplatesFolder + "partials/";

    private readonly Dictionary<string, (Template Template, ThemeFile File)> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Template> _partials = new(StringComparer.Ordinal);

    private TemplateSet() { }

    public IReadOnlyDictionary<string, Template> Partials => _partials;

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
            var source = Encoding.UTF8.GetString(file.Bytes);
            var template = Template.Parse(source, file.DisplayPath);
            if (template.HasErrors)
            {
                foreach (var m in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                    diagnostics.Add(new Diagnostic(file.DisplayPath, m.Span.Start.Line + 1, Severity.Error, $"template syntax: {m.Message}", "template")
                        { Column = m.Span.Start.Column + 1 });
                continue;
            }
            if (template.Page is not null) EscapedText.Rewrite(template.Page);
            var name = file.RelativePath[Theme.TemplatesFolder.Length..^Theme.TemplateExtension.Length];
            if (file.RelativePath.StartsWith(PartialsPrefix, StringComparison.Ordinal))
                set._partials[name] = template; // included as 'partials/NAME'
            else
                set._pages[name] = (template, file);
        }
        return set;
    }

    /// <summary>Resolves <c>include 'partials/x'</c> to the parsed partial's key; the partial itself is already
    /// in the context's cache, so <see cref="Load"/> runs only for a name that does not exist.</summary>
    internal sealed class PartialLoader(TemplateSet set) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan,
                $"include '{templatePath}' not found (known: {string.Join(", ", set._partials.Keys.Order())})");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using DigestSite.Configuration;
using DigestSite.Content;
using DigestSite.Diagnostics;
using DigestSite.Enrichment;
using DigestSite.Reading;
using DigestSite.Topics;

namespace DigestSite.Inspection;

public sealed record SectionReport(string Label, string Headline, IReadOnlyList<string> Paragraphs);

public sealed record DiagnosticReport(int Line, string Severity, string Message);

/// <summary>How one file was understood, in the contract's <c>inspect --json</c> shape.</summary>
public sealed record DigestReport(
    string File, string? Title, string? Slug, string? Date, string? DateSource, IReadOnlyList<string> Topics,
    string? Source, IReadOnlyList<SectionReport> Sections, IReadOnlyList<DiagnosticReport> Diagnostics)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        TypeInfoResolver = InspectionJson.Default,
    };

    public static string ToJson(IEnumerable<DigestReport> reports) => JsonSerializer.Serialize(reports, Json);

    /// <summary>Parses and enriches each file on its own (slugs are not de-duplicated across files here).</summary>
    public static IReadOnlyList<DigestReport> For(IEnumerable<string> files, SiteConfig config)
    {
        var enricher = new Enricher(config, Gazetteer.Default);
        var reports = new List<DigestReport>();
        foreach (var file in files)
        {
            var display = file.Replace('\\', '/');
            var kind = Files.FileKind.Of(file, followLinks: true).Kind;
            if (kind != Files.EntryKind.Regular)
            {
                reports.Add(Failed(display, [Diagnostic.Error(display, 0, kind switch
                {
                    Files.EntryKind.Directory => "a folder, not a digest file (inspect takes files, e.g. input/*.txt)",
                    Files.EntryKind.Missing => "no such file",
                    _ => "not a regular file (a FIFO, device or socket): not read",
                })]));
                continue;
            }
            var source = new SourceFile(display, Path.GetFullPath(file), System.IO.File.ReadAllBytes(file), System.IO.File.GetLastWriteTimeUtc(file));
            var parsed = DigestParser.Parse(source, StoryMarkers.For(config));
            if (!parsed.Ok)
            {
                reports.Add(Failed(display, parsed.Diagnostics));
                continue;
            }
            var bag = new DiagnosticBag();
            var d = enricher.Enrich([new ParsedFile(display, source.ModifiedUtc, parsed.Digest!)], bag)[0];
            var all = parsed.Diagnostics.Concat(bag.Sorted()).OrderBy(x => x.Line).ToList();
            reports.Add(new DigestReport(display, d.Title, d.Slug, Pages.ViewFactory.DateIso(d.Date), d.DateSource.ToContractName(),
                d.Topics.Select(t => t.Name).ToList(), d.Source,
                d.Content.Sections.Select(s => new SectionReport(s.Label, s.Headline, s.Paragraphs)).ToList(),
                all.Select(ToReport).ToList()));
        }
        return reports;
    }

    private static DigestReport Failed(string file, IEnumerable<Diagnostic> diagnostics) =>
        new(file, null, null, null, null, [], null, [], diagnostics.Select(ToReport).ToList());

    private static DiagnosticReport ToReport(Diagnostic d) =>
        new(d.Line, d.Severity == Severity.Error ? "error" : "warning", d.Message);
}

/// <summary>System.Text.Json metadata for <c>inspect --json</c>, generated at compile time; the options above shape
/// the text.</summary>
[JsonSerializable(typeof(IEnumerable<DigestReport>))]
internal sealed partial class InspectionJson : JsonSerializerContext;

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

/// <summary>A topic as the built site shows it, with how it was chosen (the contract's topic object).</summary>
public sealed record TopicReport(string Name, string Slug, string Kind, string Evidence);

/// <summary>How one file was understood, in the contract's <c>inspect --json</c> shape.</summary>
public sealed record DigestReport(
    string File, string? Title, string? Slug, string? Date, string? DateSource, IReadOnlyList<TopicReport> Topics,
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

    /// <summary>
    /// Parses each file and enriches it together with every other digest of the site in <paramref name="siteDir"/>
    /// (its input folder, drafts left out as a build leaves them out), so that slugs and topics are the ones the
    /// built site shows: topics depend on the corpus (which capitalised words are common, which names recur).
    /// A file outside the input folder joins the corpus for its own report.
    /// </summary>
    public static IReadOnlyList<DigestReport> For(IEnumerable<string> files, SiteConfig config, string siteDir = ".")
    {
        var requested = files.ToList();
        var inputDir = Path.Combine(siteDir, config.Paths.Input);
        var corpus = new List<(string FullPath, string Display, SourceFile Source)>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in InputReader.FindDigestInputs(inputDir, siteDir))
        {
            if (!known.Add(Path.GetFullPath(input.FullPath))) continue;
            var source = new SourceFile(input.RelativePath, input.FullPath, System.IO.File.ReadAllBytes(input.FullPath), System.IO.File.GetLastWriteTimeUtc(input.FullPath));
            corpus.Add((Path.GetFullPath(input.FullPath), input.RelativePath, source));
        }
        var reports = new Dictionary<string, DigestReport>(StringComparer.Ordinal);
        var extra = new List<string>();
        foreach (var file in requested)
        {
            var display = file.Replace('\\', '/');
            var kind = Files.FileKind.Of(file, followLinks: true).Kind;
            if (kind != Files.EntryKind.Regular)
            {
                reports[file] = Failed(display, [Diagnostic.Error(display, 0, kind switch
                {
                    Files.EntryKind.Directory => "a folder, not a digest file (inspect takes files, e.g. input/*.txt)",
                    Files.EntryKind.Missing => "no such file",
                    _ => "not a regular file (a FIFO, device or socket): not read",
                })]);
                continue;
            }
            var full = Path.GetFullPath(file);
            if (known.Add(full))
                corpus.Add((full, display, new SourceFile(display, full, System.IO.File.ReadAllBytes(file), System.IO.File.GetLastWriteTimeUtc(file))));
        }

        var wanted = new HashSet<string>(requested.Where(f => !reports.ContainsKey(f)).Select(Path.GetFullPath), StringComparer.Ordinal);
        var parsedFiles = new List<ParsedFile>();
        var fullPaths = new List<string>();
        var parsedOf = new Dictionary<string, ParseResult>(StringComparer.Ordinal);
        foreach (var (full, display, source) in corpus)
        {
            var parsed = DigestParser.Parse(source, StoryMarkers.For(config.Site.Language, config.Content.StoryMarkers));
            if (wanted.Contains(full)) parsedOf[full] = parsed;
            if (parsed.Digest is not { } digest || (digest.FrontMatter.Draft && !wanted.Contains(full))) continue;
            parsedFiles.Add(new ParsedFile(display, source.ModifiedUtc, digest));
            fullPaths.Add(full);
        }
        var bag = new DiagnosticBag();
        var enriched = new Enricher(config, Gazetteer.Default, ModelSubjects.For(siteDir, config.Topics)).Enrich(parsedFiles, bag);
        var byPath = new Dictionary<string, EnrichedDigest>(StringComparer.Ordinal);
        for (var i = 0; i < enriched.Count; i++) byPath[fullPaths[i]] = enriched[i];
        var enrichDiagnostics = bag.Sorted();

        var result = new List<DigestReport>();
        foreach (var file in requested)
        {
            if (reports.TryGetValue(file, out var missing))
            {
                result.Add(missing);
                continue;
            }
            var full = Path.GetFullPath(file);
            var parsed = parsedOf[full];
            if (!parsed.Ok || !byPath.TryGetValue(full, out var d))
            {
                result.Add(Failed(file.Replace('\\', '/'), parsed.Diagnostics));
                continue;
            }
            var all = parsed.Diagnostics.Concat(enrichDiagnostics.Where(x => x.Path == d.SourcePath)).OrderBy(x => x.Line).ToList();
            result.Add(new DigestReport(d.SourcePath, d.Title, d.Slug, Pages.ViewFactory.DateIso(d.Date), d.DateSource.ToContractName(),
                TopicsOf(d), d.Source,
                d.Content.Sections.Select(s => new SectionReport(s.Label, s.Headline, s.Paragraphs)).ToList(),
                all.Select(ToReport).ToList()));
        }
        return result;
    }

    /// <summary>The digest's topics in the order the site shows them, each with its kind and evidence.</summary>
    private static List<TopicReport> TopicsOf(EnrichedDigest d)
    {
        var topics = new List<TopicReport>(d.Topics.Length);
        for (var k = 0; k < d.Topics.Length; k++)
        {
            var how = k < d.TopicKinds.Length ? d.TopicKinds[k] : new ChosenTopic(d.Topics[k].Name, TopicKind.FrontMatter, "front matter");
            topics.Add(new TopicReport(d.Topics[k].Name, d.Topics[k].Slug, how.Kind.ContractName(), how.Evidence));
        }
        return topics;
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

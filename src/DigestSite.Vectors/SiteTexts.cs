using DigestSite.Configuration;
using DigestSite.Content;
using DigestSite.Diagnostics;
using DigestSite.Reading;
using DigestSite.Topics;

namespace DigestSite.Vectors;

/// <summary>What the model encodes for a site: each subject of its vocabulary (the built-in one and
/// <c>topics.subjects</c>) and each digest of its input folder, drafts included, as the build reads them.</summary>
/// <param name="Digests">Each digest's input path and text (<see cref="ModelText.Of(Digest)"/>).</param>
/// <param name="Problems">Why files could not be read as digests (errors), and files the input walk skipped (warnings).</param>
public sealed record SiteTexts(IReadOnlyList<Subject> Subjects, IReadOnlyList<(string Path, string Text)> Digests, IReadOnlyList<Diagnostic> Problems)
{
    public static SiteTexts Read(string siteDir, SiteConfig config)
    {
        var markers = StoryMarkers.For(config.Site.Language, config.Content.StoryMarkers);
        var digests = new List<(string, string)>();
        var problems = new List<Diagnostic>();
        var found = new DiagnosticBag();
        foreach (var input in InputReader.FindDigestInputs(Path.Combine(siteDir, config.Paths.Input), siteDir, found))
        {
            var file = new SourceFile(input.RelativePath, input.FullPath, File.ReadAllBytes(input.FullPath), File.GetLastWriteTimeUtc(input.FullPath));
            var parsed = DigestParser.Parse(file, markers);
            if (parsed.Digest is { } digest) digests.Add((input.RelativePath, ModelText.Of(digest)));
            else foreach (var d in parsed.Diagnostics) if (d.Severity == Severity.Error) problems.Add(d);
        }
        problems.AddRange(found.Sorted());
        return new SiteTexts(SubjectLexicon.For(config.Topics.Subjects).Subjects, digests, problems);
    }
}

using DigestSite.Caching;
using DigestSite.Configuration;
using DigestSite.Content;
using DigestSite.Diagnostics;
using DigestSite.Enrichment;
using DigestSite.Reading;
using DigestSite.Topics;

namespace DigestSite.Build;

/// <summary>The digests parsed: how many input files were read and gave a digest, and the digests the build
/// takes. The files' bytes are not kept: once parsed, the digests hold what the build needs of them.</summary>
internal sealed record ParsedInputs(int InputFiles, int Digests, List<ParsedFile> Files);

/// <summary>The stages from the input folder to enriched digests: read, parse, enrich. Each input file is read
/// and parsed on its own, in parallel; enrichment sees them all.</summary>
internal static class InputStages
{
    public static InputLoad[] Read(BuildSetup setup, InputCache inputs, StageProgress progress, DiagnosticBag diagnostics)
    {
        inputs.Markers = StoryMarkers.For(setup.Config.Site.Language, setup.Config.Content.StoryMarkers);
        var paths = InputReader.FindDigestInputs(setup.InputDir, setup.SiteDir, diagnostics);
        var loads = new InputLoad[paths.Count];
        progress.Start("read", paths.Count);
        Parallel.For(0, paths.Count, i => { loads[i] = inputs.Read(paths[i]); progress.Step(); });
        return loads;
    }

    public static ParsedInputs Parse(InputLoad[] loads, InputCache inputs, BuildOptions options, DateTimeOffset now,
        StageProgress progress, DiagnosticBag diagnostics)
    {
        // A modification time is only used as a guessed date; one ahead of the build's clock (files unpacked or
        // copied from a machine whose clock runs ahead) is taken as "now", so a guess never schedules a digest.
        var latestModified = now.UtcDateTime;
        var parsed = new ParseResult[loads.Length];
        progress.Start("parse", loads.Length);
        Parallel.For(0, loads.Length, i => { parsed[i] = inputs.Parse(loads[i]); progress.Step(); });
        foreach (var p in parsed) diagnostics.AddRange(p.Diagnostics);
        var files = new List<ParsedFile>(parsed.Length);
        for (var i = 0; i < parsed.Length; i++)
        {
            if (parsed[i].Digest is not { } digest || (!options.Drafts && digest.FrontMatter.Draft)) continue; // not parsed, or a draft left out
            var modified = loads[i].Stamp.ModifiedUtc;
            files.Add(new ParsedFile(loads[i].RelativePath, modified > latestModified ? latestModified : modified, digest) { ContentHash = loads[i].ContentHash });
        }
        return new ParsedInputs(loads.Length, parsed.Count(p => p.Digest is not null), files);
    }

    /// <summary>The error of a site without a digest (nothing is written: an empty site must not replace the last
    /// good one), or null.</summary>
    public static Diagnostic? NoDigest(BuildSetup setup, ParsedInputs inputs, DiagnosticBag diagnostics) =>
        InputGuards.NoDigest(setup.SiteDir, setup.InputDir, inputs.InputFiles, inputs.Digests, diagnostics.CountOf(OtherInputFiles.Rule));

    /// <summary>The digests enriched (dates, topics, places), but those dated after "now" without --future.</summary>
    public static List<EnrichedDigest> Enrich(SiteConfig config, ParsedInputs inputs, IncrementalBuild incremental, BuildOptions options,
        DateTimeOffset now, DiagnosticBag diagnostics)
    {
        var files = inputs.Files;
        var cachedFacts = files.Select(f => incremental.Inputs.KnownFacts(f.RelativePath)).ToList();
        var enriched = new Enricher(config, Gazetteer.Default, ModelSubjects.For(options.SiteDir, config.Topics))
            .Enrich(files, diagnostics, cachedFacts, out var facts, incremental.Topics)
            .Where(d => options.Future || d.Date <= now)
            .ToList();
        for (var i = 0; i < files.Count; i++) incremental.Inputs.RecordFacts(files[i].RelativePath, facts[i]);
        return enriched;
    }
}

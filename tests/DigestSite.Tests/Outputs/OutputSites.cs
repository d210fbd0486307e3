using System.Diagnostics;
using System.Xml;
using System.Xml.Linq;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Outputs;

/// <summary>What the output tests build sites from: digest files written here, the shared seed, samples and
/// generated corpus, and readers that parse outputs with real parsers.</summary>
internal static class OutputSites
{
    /// <summary>The "now" of these tests (the same as <see cref="TempSite.Build"/>'s default).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A digest in the plain-text layout with front matter. The prose is written for these tests.</summary>
    public static string Digest(string title, string date, IEnumerable<string> topics, string? source = null, string? story = null)
    {
        var topicList = string.Join(", ", topics.Select(t => $"\"{t}\""));
        var sourceLine = source is null ? "" : $"source: {source}\n";
        return $"""
            ---
            title: "{title.Replace("\"", "\\\"")}"
            date: {date}
            topics: [{topicList}]
            {sourceLine}---

            {title}
            What's the story
            {story ?? "A council of regional officials agreed on a plan after two days of talks in a harbour town."}
            The plan still needs a vote in each member assembly before it takes effect next spring.
            Planning notes
            Officials describe the next steps in detail
            The first step is a public hearing in every district, where residents can question the planners.
            A second round of talks will settle how the costs are shared between the towns.
            """;
    }

    /// <summary>Runs the shared corpus generator (deterministic: same count and seed, same digests).</summary>
    public static void Generate(string outDir, int count, params string[] extra)
    {
        var tool = Path.Combine(Repo.Shared, "tools", "gen_corpus.py");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { tool, count.ToString(), "--format", "digest", "--front-matter", "--out", outDir }.Concat(extra))
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"gen_corpus.py failed: {stderr.Result}");
    }

    /// <summary>Copies a shared digest and gives it a fixed modification time (files without a date in front
    /// matter or name are dated by it; the copy's own time would be "now").</summary>
    public static void CopyWithTime(TempSite site, string sourcePath, DateTime modifiedUtc)
    {
        var target = Path.Combine(site.Input, Path.GetFileName(sourcePath));
        File.Copy(sourcePath, target);
        File.SetLastWriteTimeUtc(target, modifiedUtc);
    }

    /// <summary>Parses an output file as XML with a real reader (no DTDs, well-formedness checked).</summary>
    public static XDocument Xml(TempSite site, string relativePath)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CheckCharacters = true };
        using var reader = XmlReader.Create(Path.Combine(site.Output, relativePath), settings);
        return XDocument.Load(reader);
    }

    public static IEnumerable<string> HtmlPages(TempSite site) =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(site.Output, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
}

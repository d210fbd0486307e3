using AngleSharp.Dom;
using DigestSite.Tests.Support;
using DigestSite.Themes;

namespace DigestSite.Tests.Themes;

/// <summary>
/// A small site built once with the built-in theme: five digests with known dates, topics (automatic topics off,
/// so the counts are exactly these), one with an editor's summary and a source, one long enough for a two-minute
/// read. The prose is written for these tests.
/// </summary>
public sealed class ThemeSite : IDisposable
{
    public const string Newest = "harbour-cranes-return-after-storm-repairs";
    public const string Middle = "river-towns-agree-on-shared-flood-barriers";
    public const string Oldest = "orchard-growers-try-frost-fans";
    public const string Standfirst = "Three cranes bent by October's storm are lifting containers again, two weeks ahead of the port's own estimate.";
    public const string Source = "https://news.example.org/ports/2026/11/20/cranes";

    public ThemeSite()
    {
        Site = new TempSite("site:\n  title: \"Harbour Gazette\"\n  description: \"News from the coast, in short.\"\n" +
                            "  baseUrl: \"https://gazette.example.org/\"\ntopics:\n  auto: false\n  minDigests: 1\n");
        Site.AddDigest("cranes.txt", Digest("Harbour cranes return after storm repairs", "2026-11-20", ["Ports", "Weather"],
            "Repair crews", "Welders worked through the night", frontMatter: $"summary: \"{Standfirst}\"\nsource: {Source}\n"));
        Site.AddDigest("trains.txt", Digest("Night trains link three capitals again", "2026-11-10", ["Rail", "Ports"],
            "Timetable", "Sleeper cars leave twice a week"));
        Site.AddDigest("floods.txt", Digest("River towns agree on shared flood barriers", "2026-10-30", ["Weather", "Rail", "Ports"],
            "Costs", "Each town pays by the length of its bank", paragraphs: 9));
        Site.AddDigest("library.txt", Digest("Library opens reading rooms late on weekdays", "2026-10-02", ["Libraries"],
            "Staffing", "Volunteers cover the evening desk"));
        Site.AddDigest("orchards.txt", Digest("Orchard growers try frost fans", "2026-09-15", ["Weather", "Farming"],
            "Early results", "Blossom survived the first cold night"));
        Result = Site.Build();
        Assert.True(Result.Errors == 0, string.Join("\n", Result.Diagnostics));
    }

    public TempSite Site { get; }
    public Build.BuildResult Result { get; }

    public IDocument Page(string relativePath) => Html.Parse(Site.ReadOutput(relativePath));

    public IEnumerable<string> HtmlPages() =>
        Directory.EnumerateFiles(Site.Output, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Site.Output, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public void Dispose() => Site.Dispose();

    /// <summary>A plain-text digest: the story, then one labelled section. Each paragraph is about 60 words, so
    /// <paramref name="paragraphs"/> sets the reading time (220 words a minute).</summary>
    private static string Digest(string title, string date, string[] topics, string label, string headline,
        string frontMatter = "", int paragraphs = 2)
    {
        const string paragraph =
            "Officials from the harbour board, the town council and the two unions met on the quay on Tuesday morning " +
            "to walk the new route that lorries will take between the container stacks and the ring road, and they " +
            "agreed that the gates would stay open late on weekdays until the backlog of delayed shipments has been " +
            "cleared, which the board expects to take about a month.";
        var body = string.Join("\n", Enumerable.Repeat(paragraph, paragraphs));
        return $"""
            ---
            title: "{title}"
            date: {date}
            topics: [{string.Join(", ", topics)}]
            section: "{label}"
            {frontMatter}---

            {title}
            What's the story
            {body}
            {label}
            {headline}
            The next step is a public meeting in the harbour hall, where residents can put their questions to the board.
            """;
    }
}

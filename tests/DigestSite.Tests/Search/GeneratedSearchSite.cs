using DigestSite.Search;
using DigestSite.Tests.Outputs;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Search;

/// <summary>
/// A site of generated digests (the shared generator; 300 unless DIGESTSITE_SEARCH_DIGESTS says how many, e.g.
/// 4000 to check the done-when list by hand) and three written here, built once and served over HTTP, with what
/// the tests need to know of it read from its input and index.
/// </summary>
public sealed class GeneratedSearchSite : IAsyncLifetime
{
    public const string ParagraphOnlyWord = "zeppelins";
    public const string AiTitle = "Hospitals test A.I. triage in emergency rooms";

    public TempSite Site { get; } = new();
    private StaticSiteServer? _server;

    /// <summary>The site's address, without a final slash.</summary>
    public string Root => _server!.Root;
    public List<Record> Records { get; private set; } = [];

    /// <summary>A digest's record as the index holds it, with its text's words folded.</summary>
    public sealed record Record(string Title, string Url, string Date, IReadOnlyList<string> Topics, string Text, IReadOnlyList<string> Words);

    public async Task InitializeAsync()
    {
        if (!Directory.Exists(Repo.Shared)) throw new InvalidOperationException($"{Repo.Shared} is absent: these tests need ../shared/tools/gen_corpus.py");
        var count = int.TryParse(Environment.GetEnvironmentVariable("DIGESTSITE_SEARCH_DIGESTS"), out var n) ? n : 300;
        OutputSites.Generate(Site.Input, count);
        Site.AddDigest("ai-triage.txt", Digest(AiTitle, "2026-11-02", "Health",
            "Doctors said the AI tool sorted patients faster than the old rota.", "Trials", "Three hospitals take part",
            "Nurses said the pilot would run through the winter."));
        Site.AddDigest("ai-rules.txt", Digest("Regulators publish rules for chatbots", "2026-10-20", "Technology",
            "The rules cover A.I. systems that answer questions from the public.", "Next steps", "A consultation opens",
            "Companies have until spring to comment."));
        Site.AddDigest("airship.txt", Digest("Airship museum reopens its hangar", "2026-09-12", "Museums",
            "The hangar closed two years ago for repairs to its roof.", "Collection", "Old flying machines return",
            $"Visitors can see two {ParagraphOnlyWord} hanging from the beams, restored by volunteers."));
        var result = Site.Build();
        Assert.True(result.Errors == 0, string.Join("\n", result.Diagnostics.Take(20)));
        _server = await StaticSiteServer.StartAsync(Site.Output);
        var index = new SearchOutput(Site.Output);
        Records = index.Records().Select(r =>
        {
            var topics = r.GetProperty("k").EnumerateArray().Select(t => t.GetString()!).ToList();
            var text = string.Join(" \n ", new[] { r.GetProperty("t").GetString()!, r.GetProperty("s").GetString()! }
                .Concat(topics).Concat(r.GetProperty("x").EnumerateArray().Select(x => x.GetString()!)));
            return new Record(r.GetProperty("t").GetString()!, r.GetProperty("u").GetString()!, r.GetProperty("d").GetString()!, topics, text,
                WordSplitter.Words(text).Select(w => WordFolding.Fold(w.Word)).ToList());
        }).ToList();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        Site.Dispose();
    }

    /// <summary>A digest of one section, with its front matter (<paramref name="topics"/>: comma-separated), for the
    /// search tests.</summary>
    internal static string Digest(string title, string date, string topics, string story, string label, string headline, string paragraph) => $"""
        ---
        title: "{title}"
        date: {date}
        topics: [{topics}]
        ---
        {title}
        What's the story
        {story}
        {label}
        {headline}
        {paragraph}
        """;
}

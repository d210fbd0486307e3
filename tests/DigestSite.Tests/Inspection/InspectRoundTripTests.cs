using System.Text.Json;
using DigestSite.Tests.Content;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Inspection;

/// <summary>Every shared sample and the seed, run through the real <c>digestsite inspect --json</c>, give
/// the facts of expected.json: title, labels, headlines, paragraph counts, and front matter where present.</summary>
public class InspectRoundTripTests
{
    private static readonly string[] ContractKeys = ["file", "title", "slug", "date", "dateSource", "topics", "source", "sections", "diagnostics"];

    /// <summary>The seed is not in expected.json; its facts, read off the file by hand, are here.</summary>
    private static readonly (string Label, string Headline, int Paragraphs)[] SeedSections =
    [
        ("What's the story", "", 4),
        ("Terrorism concerns", "Singh highlights Pakistan's role in promoting terrorism", 4),
        ("Japan's position", "Japan's unwavering stance against terrorism", 3),
        ("Defense collaboration", "Strengthening defense ties and industrial cooperation", 3),
    ];

    [Fact]
    public void Samples_and_seed_round_trip_through_inspect_json()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Shared, "samples", "expected.json")));
        var files = Repo.SampleFiles.Append(Repo.SeedFile).ToArray();
        using var site = new TempSite(); // an empty site folder: default statiq.yml

        var (exit, reports) = CliRunner.InspectJson(site.Dir, files);

        Assert.Equal(0, exit);
        Assert.Equal(files.Length, reports.Length);
        foreach (var (report, file) in reports.Zip(files))
        {
            Assert.Equal(ContractKeys, report.EnumerateObject().Select(p => p.Name));
            Assert.Equal(file.Replace('\\', '/'), report.GetProperty("file").GetString());
            Assert.DoesNotContain(report.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
            var sections = report.GetProperty("sections").EnumerateArray()
                .Select(s => (s.GetProperty("label").GetString()!, s.GetProperty("headline").GetString()!, s.GetProperty("paragraphs").GetArrayLength()))
                .ToList();
            var name = Path.GetFileName(file);

            if (file == Repo.SeedFile)
            {
                Assert.Equal("Japan offers 'full support' to India in fight against terrorism", report.GetProperty("title").GetString());
                Assert.Equal(SeedSections, sections);
                continue;
            }

            var facts = expected.RootElement.GetProperty(name);
            Assert.Equal(facts.GetProperty("title").GetString(), report.GetProperty("title").GetString());
            var want = facts.GetProperty("sections").EnumerateArray()
                .Select(s => (s.GetProperty("label").GetString()!, s.GetProperty("headline").GetString()!, s.GetProperty("paragraphs").GetInt32()))
                .ToList();
            Assert.Equal(want, sections);

            if (facts.TryGetProperty("front_matter", out var fm))
            {
                Assert.Equal("frontmatter", report.GetProperty("dateSource").GetString());
                Assert.StartsWith(fm.GetProperty("date").GetString()!, report.GetProperty("date").GetString());
                Assert.Equal(fm.GetProperty("source").GetString(), report.GetProperty("source").GetString());
                var topics = report.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
                Assert.All(fm.GetProperty("topics").EnumerateArray(), t => Assert.Contains(t.GetString(), topics));
            }
            else
            {
                Assert.Equal("mtime", report.GetProperty("dateSource").GetString());
                Assert.Contains(report.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("message").GetString()!.Contains("modification time"));
            }
        }
    }

    [Fact]
    public void A_markdown_digest_gives_the_same_model_as_its_plain_text_twin()
    {
        using var site = new TempSite();
        // Emphasis stays in both models as inline Markdown.
        var plain = DigestText.Standard.ToArray();
        plain[2] = plain[2].Replace("Aflao", "*Aflao*");
        site.AddDigest("2026-03-01-ghana.txt", DigestText.Lines(plain));
        site.AddDigest("2026-03-01-ghana.md", string.Join("\n",
            "---", "title: Ghana and Togo open a shared border post", "---", "",
            "## What's the story", "",
            "Ghana and Togo have opened a joint border post at *Aflao* to speed up trade.", "",
            "Officials said crossing times for lorries would fall from days to hours.", "",
            "## Trade impact", "", "### Traders expect cheaper goods", "",
            "Market traders in Lomé said the change would cut the price of imported food.", "",
            "Customs officers will share one building and one set of checks.", "",
            "## Next steps", "### More posts planned along the coast",
            "The two governments plan three more joint posts by 2028."));

        var (_, reports) = CliRunner.InspectJson(site.Dir, "input/2026-03-01-ghana.txt", "input/2026-03-01-ghana.md");

        Assert.Equal(reports[0].GetProperty("title").GetString(), reports[1].GetProperty("title").GetString());
        Assert.Equal(reports[0].GetProperty("sections").GetRawText(), reports[1].GetProperty("sections").GetRawText());
        Assert.Equal(reports[0].GetProperty("date").GetString(), reports[1].GetProperty("date").GetString());
    }
}

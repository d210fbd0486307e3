using System.Text;
using System.Text.Json;
using DigestSite.Diagnostics;
using DigestSite.Tests.Support;
using static DigestSite.Tests.Content.DigestText;

namespace DigestSite.Tests.Content;

/// <summary>Each kind of bad file gives one clear <c>path:line: error</c>, is skipped, leaves the other
/// digests built, makes the build exit 1, and shows in <c>inspect --json</c> with <c>"title": null</c>.</summary>
public class BadInputTests
{
    public static TheoryData<string, byte[], int, string> BadFiles => new()
    {
        { "empty.txt", [], 1, "empty digest" },
        { "blank.txt", Encoding.UTF8.GetBytes("\n   \n\t\n"), 3, "empty digest" },
        { "binary.txt", [0x47, 0x68, 0x0A, 0x61, 0x00, 0x01, 0xFF, 0x0A], 2, "binary file" },
        { "latin1.txt", [.. Encoding.UTF8.GetBytes("Title\nWhat's the story\n"), 0x43, 0x61, 0x66, 0xE9, 0x2E, 0x0A], 3, "not valid UTF-8" },
        { "title-only.txt", Encoding.UTF8.GetBytes("Ghana and Togo open a shared border post\n"), 1, "title only" },
        { "no-story.txt", Encoding.UTF8.GetBytes("Ghana and Togo open a shared border post\nThe post opened on Monday.\nTrade impact\n"), 2, "missing 'What's the story'" },
        { "story-empty.txt", Encoding.UTF8.GetBytes("Ghana and Togo open a shared border post\nWhat's the story\n"), 2, "has no paragraphs" },
        { "unclosed.txt", Encoding.UTF8.GetBytes("---\ntitle: Ghana\ndate: 2026-03-01\n\nGhana\nWhat's the story\nText.\n"), 1, "front matter is not closed" },
        { "bad-yaml.txt", Encoding.UTF8.GetBytes("---\ntitle: Ghana\ntopics: [Ghana, Togo\n---\nGhana\nWhat's the story\nText.\n"), 4, "invalid YAML" },
        { "bad-date.txt", Encoding.UTF8.GetBytes("---\ndate: 03/04/2026\n---\nGhana\nWhat's the story\nText.\n"), 2, "not a date" },
        { "no-title.txt", Encoding.UTF8.GetBytes("What's the story\nText.\n"), 1, "missing title" },
        { "subtitle.txt", Encoding.UTF8.GetBytes("Ghana and Togo\nopen a shared border post\nWhat's the story\nText.\n"), 2, "a title is one line" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void The_parser_refuses_the_file_with_one_error_on_the_right_line(string name, byte[] bytes, int line, string message)
    {
        var error = SingleError(ParseBytes(bytes, "input/" + name));
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
        Assert.Equal("input/" + name, error.Path);
        Assert.StartsWith($"input/{name}:{line}: error: ", error.ToString());
    }

    [Fact]
    public void A_build_skips_every_bad_file_builds_the_rest_and_exits_1()
    {
        using var site = new TempSite();
        site.AddDigest("2026-03-01-good.txt", Lines(Standard));
        foreach (var row in BadFiles)
            File.WriteAllBytes(Path.Combine(site.Input, "2026-03-02-" + (string)row[0]), (byte[])row[1]);

        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, result.Stats.Digests);
        Assert.Equal(BadFiles.Count(), result.Stats.Skipped);
        foreach (var row in BadFiles)
            Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Path == "input/2026-03-02-" + (string)row[0]
                && d.Line == (int)row[2] && d.Message.Contains((string)row[3]));
        Assert.True(File.Exists(Path.Combine(site.Output, "digests", "ghana-and-togo-open-a-shared-border-post", "index.html")));
        Assert.All(Directory.GetFiles(site.Input), f => Assert.True(File.Exists(f))); // input is never touched
    }

    [Fact]
    public void Inspect_json_reports_a_bad_file_with_a_null_title_and_its_diagnostic()
    {
        using var site = new TempSite();
        var good = site.AddDigest("2026-03-01-good.txt", Lines(Standard));
        var paths = new List<string> { good };
        foreach (var row in BadFiles)
        {
            var path = Path.Combine(site.Input, (string)row[0]);
            File.WriteAllBytes(path, (byte[])row[1]);
            paths.Add(path);
        }

        var (exit, reports) = CliRunner.InspectJson(site.Dir, [.. paths.Select(p => Path.GetRelativePath(site.Dir, p))]);

        Assert.Equal(1, exit);
        Assert.Equal(paths.Count, reports.Length);
        Assert.Equal("Ghana and Togo open a shared border post", reports[0].GetProperty("title").GetString());
        for (var i = 1; i < reports.Length; i++)
        {
            var report = reports[i];
            Assert.Equal(JsonValueKind.Null, report.GetProperty("title").ValueKind);
            Assert.Equal(0, report.GetProperty("sections").GetArrayLength());
            var diagnostic = report.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("severity").GetString() == "error");
            Assert.Equal((int)BadFiles.ElementAt(i - 1)[2], diagnostic.GetProperty("line").GetInt32());
            Assert.Contains((string)BadFiles.ElementAt(i - 1)[3], diagnostic.GetProperty("message").GetString());
        }
    }
}

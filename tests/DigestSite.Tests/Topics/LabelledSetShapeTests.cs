using System.Text.Json;
using DigestSite.Content;
using DigestSite.Diagnostics;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Topics;

/// <summary>The hand-labelled evaluation sets for topics (TestData/TopicsLabelled and the later held-out
/// TestData/TopicsFresh, TestData/TopicsFresh2 to TestData/TopicsFresh19) keep their shape: every digest reads cleanly with the project's
/// parser, and every digest has one editor's label of the agreed size. These tests check the sets, not the topic extractor scored on them.</summary>
public class LabelledSetShapeTests
{
    public static TheoryData<string> Sets => new() { "TopicsLabelled", "TopicsFresh", "TopicsFresh2", "TopicsFresh3", "TopicsFresh4", "TopicsFresh5", "TopicsFresh6", "TopicsFresh7", "TopicsFresh8", "TopicsFresh9", "TopicsFresh10", "TopicsFresh11", "TopicsFresh12", "TopicsFresh13", "TopicsFresh14", "TopicsFresh15", "TopicsFresh16", "TopicsFresh17", "TopicsFresh18", "TopicsFresh19" };

    /// <summary>The least number of digests a set holds, in all and on each desk.</summary>
    private static (int Digests, int PerDesk) Least(string set) => set switch
    {
        "TopicsFresh" => (30, 4),
        "TopicsFresh2" => (40, 4),
        "TopicsFresh3" => (40, 5),
        "TopicsFresh4" => (40, 5),
        "TopicsFresh5" => (40, 5),
        "TopicsFresh6" => (40, 5),
        "TopicsFresh7" => (45, 5),
        "TopicsFresh8" => (45, 5),
        "TopicsFresh9" => (45, 5),
        "TopicsFresh10" => (45, 5),
        "TopicsFresh11" => (45, 5),
        "TopicsFresh12" => (45, 5),
        "TopicsFresh13" => (45, 5),
        "TopicsFresh14" => (45, 5),
        "TopicsFresh15" => (36, 4),
        "TopicsFresh16" => (36, 4),
        "TopicsFresh17" => (36, 4),
        "TopicsFresh18" => (36, 4),
        "TopicsFresh19" => (36, 4),
        _ => (90, 8),
    };

    private static string SetDir(string set) => Path.Combine(Repo.Root, "tests", "DigestSite.Tests", "TestData", set);
    private static string DigestsDir(string set) => Path.Combine(SetDir(set), "digests");

    private static readonly string[] Desks =
        ["politics", "economy", "science", "health", "sport", "culture", "technology", "environment", "world"];

    /// <summary>The desks a set fills: TopicsFresh3, TopicsFresh4, TopicsFresh5 and TopicsFresh6 spread their stories over the world's regions instead of
    /// filing some under a "world" desk; TopicsFresh7 to TopicsFresh19, like the first sets, have a "world" desk.</summary>
    private static string[] DesksOf(string set) => set is "TopicsFresh3" or "TopicsFresh4" or "TopicsFresh5" or "TopicsFresh6" ? Desks[..^1] : Desks;

    /// <summary>One editor's tags for one digest, as written in labels.json.</summary>
    public sealed record Label(string File, string Desk, string[] Subjects, string[] Places, string[] Entities, string[] Acceptable)
    {
        public int RequiredCount => Subjects.Length + Places.Length + Entities.Length;
    }

    private static IReadOnlyList<Label> Labels(string set)
    {
        var json = File.ReadAllText(Path.Combine(SetDir(set), "labels.json"));
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<Label[]>(json, options) ?? throw new InvalidDataException("labels.json holds no array");
    }

    private static IReadOnlyList<string> DigestFiles(string set) =>
        Directory.GetFiles(DigestsDir(set), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    [Theory, MemberData(nameof(Sets))]
    public void The_set_holds_its_least_number_of_digests(string set) =>
        Assert.True(DigestFiles(set).Count >= Least(set).Digests, $"{set}: only {DigestFiles(set).Count} digests");

    [Theory, MemberData(nameof(Sets))]
    public void Every_digest_parses_without_errors_or_warnings_and_has_a_date(string set)
    {
        var problems = new List<string>();
        foreach (var name in DigestFiles(set))
        {
            var result = DigestParser.Parse(File.ReadAllBytes(Path.Combine(DigestsDir(set), name)), "digests/" + name, ".txt");
            problems.AddRange(result.Diagnostics.Select(d => d.ToString()));
            if (result.Digest is { } digest)
            {
                if (digest.FrontMatter.Date is null) problems.Add($"{name}: no date in front matter");
                if (!digest.FrontMatter.Topics.IsEmpty) problems.Add($"{name}: topics in front matter give the answer away");
                if (digest.Sections.Length < 3 || digest.Sections.Length > 5) problems.Add($"{name}: {digest.Sections.Length} sections");
            }
            else problems.Add($"{name}: not read as a digest");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory, MemberData(nameof(Sets))]
    public void Every_digest_has_exactly_one_label_and_every_label_a_digest(string set)
    {
        var labelled = Labels(set).Select(l => l.File).ToList();
        Assert.Equal(labelled.Count, labelled.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(DigestFiles(set), labelled.Order(StringComparer.Ordinal).ToList());
    }

    [Theory, MemberData(nameof(Sets))]
    public void Every_label_has_one_to_three_subjects_and_three_to_six_required_topics(string set)
    {
        var bad = Labels(set)
            .Where(l => l.Subjects.Length is < 1 or > 3 || l.RequiredCount is < 3 or > 6)
            .Select(l => $"{l.File}: {l.Subjects.Length} subjects, {l.RequiredCount} required")
            .ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Theory, MemberData(nameof(Sets))]
    public void No_topic_is_both_required_and_acceptable_and_none_is_blank(string set)
    {
        var bad = new List<string>();
        foreach (var l in Labels(set))
        {
            string[] required = [.. l.Subjects, .. l.Places, .. l.Entities];
            bad.AddRange(required.Concat(l.Acceptable).Where(string.IsNullOrWhiteSpace).Select(_ => $"{l.File}: blank topic"));
            bad.AddRange(required.Intersect(l.Acceptable, StringComparer.OrdinalIgnoreCase).Select(t => $"{l.File}: '{t}' is both"));
            bad.AddRange(required.GroupBy(t => t, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => $"{l.File}: '{g.Key}' twice"));
        }
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Theory, MemberData(nameof(Sets))]
    public void Every_desk_has_its_least_number_of_digests_and_no_label_names_another_desk(string set)
    {
        var labels = Labels(set);
        Assert.All(labels, l => Assert.Contains(l.Desk, DesksOf(set)));
        foreach (var desk in DesksOf(set))
        {
            var count = labels.Count(l => l.Desk == desk);
            Assert.True(count >= Least(set).PerDesk, $"{set}: desk '{desk}' has {count} digests");
        }
    }
}

using CsCheck;
using Xunit.Abstractions;
using DigestSite.Content;
using DigestSite.Diagnostics;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.EndToEnd;

/// <summary>
/// A property over whole builds: sites of sound digests and digests mutated with the hostile inputs of the
/// probe (dates out of the calendar, script URLs, deep YAML, noncharacters, thousands of topics, markup,
/// control characters). Whatever the mix, the build returns (no exception escapes), every file left out of the
/// site has a <c>path:line: error</c> of its own, no message is an internal error, and every sound digest is built.
/// </summary>
public class MutatedSitePropertyTests(ITestOutputHelper output)
{
    /// <summary>Sites built; <c>bench/fuzz.sh</c> sets <c>DIGESTSITE_FUZZ_SITES</c> for the long run.</summary>
    private static readonly int Sites = int.TryParse(Environment.GetEnvironmentVariable("DIGESTSITE_FUZZ_SITES"), out var n) ? n : 40;

    /// <summary>A build that takes longer than this is a hang (a sound build of these few files takes well under a second).</summary>
    private static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(60);

    private static string Sound(int n) => $"""
        ---
        date: 2026-04-{n + 1:D2}
        ---
        Ferry crews agree on a new winter timetable {n}
        What's the story
        Crews and the operator agreed on a timetable that keeps the first crossing at six in the morning.
        The deal ends a month of talks that began after two storms cancelled most winter sailings.
        What changes
        Fewer late crossings, more early ones
        The last evening crossing moves forward by an hour, and a second morning boat is added.
        """;

    private static readonly string[] HostileLines =
    [
        "date: 2026-03-21T09:30+14:30", "date: 0001-01-01T00:00+01:00", "date: 9999-12-31T23:59-05:00", "date: 2026-13-45",
        "source: \"javascript://example.org/%0aalert(7731)\"", "source: \" JaVa\\tScRiPt:alert(1)\"", "image: \"data:text/html,x\"",
        "topics: " + new string('[', 60) + new string(']', 60), "topics: [" + string.Join(", ", Enumerable.Range(0, 400).Select(i => $"t{i}")) + "]",
        "topics: [\"!!!\", \"C++\", \"C\", \"\uFFFE\"]", "title: \"<script>alert(7731)</script>\"", "summary: \"<img src=x onerror=alert(7731)>\"",
        "slug: \"../../etc/passwd\"", "slug: \"\u0000\"", "draft: maybe", "key: &a [*a, *a]", "\t- bad indent",
    ];

    private static readonly string[] HostileBodyLines =
    [
        "\uFFFE\U0001FFFE noncharacters", "<script>alert(7731)</script>", "What's the story", "\u202Eright-to-left override",
        new string('>', 300) + " quoted", "[x](javascript:alert(1))", "\u0007\u001B[31m bell and escape", "", "---",
    ];

    /// <summary>Mutates a sound digest: hostile keys added to its front matter, hostile lines put in its body,
    /// lines dropped.</summary>
    private static string Mutate(string sound, int[] frontKeys, int[] bodyEdits)
    {
        var lines = sound.Split('\n').ToList();
        foreach (var k in frontKeys) lines.Insert(1, HostileLines[k % HostileLines.Length]);
        foreach (var e in bodyEdits)
        {
            var at = Math.Clamp(lines.Count - 1 - e % 7, 0, lines.Count - 1);
            if (e % 5 == 4) lines.RemoveAt(at);
            else lines.Insert(at, HostileBodyLines[e % HostileBodyLines.Length]);
        }
        return string.Join('\n', lines);
    }

    [Fact]
    public void Hostile_files_never_stop_the_build_of_the_others()
    {
        var mutated = Gen.Select(Gen.Int[0, 99].Array[0, 3], Gen.Int[0, 99].Array[0, 4], Gen.OneOf(".txt", ".md"));
        int inputs = 0, refused = 0;
        Gen.Select(mutated.Array[1, 4], Gen.Int[1, 3]).Sample((mutants, soundCount) =>
        {
            using var site = new TempSite();
            var sound = new List<string>();
            for (var i = 0; i < soundCount; i++)
                sound.Add(Path.GetFileName(site.AddDigest($"sound-{i}.txt", Sound(i))));
            var hostile = new List<string>();
            for (var i = 0; i < mutants.Length; i++)
            {
                var (keys, edits, extension) = mutants[i];
                hostile.Add(Path.GetFileName(site.AddDigest($"hostile-{i}{extension}", Mutate(Sound(10 + i), keys, edits))));
            }

            var build = Task.Run(() => site.Build(o => o with { Write = false, UseCache = false, Drafts = true, Future = true }));
            Assert.True(build.Wait(HangAfter), $"the build hung on: {string.Join(", ", hostile)}");
            var result = build.Result;

            Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains(DigestParser.InternalErrorPrefix, StringComparison.Ordinal));
            var built = result.Site!.Digests.Select(d => Path.GetFileName(d.SourcePath)).ToHashSet();
            Assert.All(sound, s => Assert.Contains(s, built));
            foreach (var file in hostile.Where(h => !built.Contains(h)))
                Assert.Contains(result.Diagnostics, d => d.Path == "input/" + file && d.Severity == Severity.Error && d.Line >= 1);
            inputs += hostile.Count;
            refused += hostile.Count(h => !built.Contains(h));
        }, iter: Sites, threads: 1);
        output.WriteLine($"fuzz: {Sites} sites, {inputs} mutated inputs, {refused} refused with an error, {inputs - refused} built, 0 crashes, 0 hangs");
    }
}

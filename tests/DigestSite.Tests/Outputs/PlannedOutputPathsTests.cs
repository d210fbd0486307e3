using DigestSite.Outputs;
using DigestSite.Rendering;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Outputs;

/// <summary>Pages are validated as soon as they are rendered, against the paths the build will write: the paths
/// <see cref="OutputPlan.Paths"/> gives before the outputs are made must be those <see cref="OutputPlan.Generate"/>
/// then makes, but the search index's files named by their content (no page links to them; known once made). Each
/// output's paths are worked out once a build.</summary>
public sealed class PlannedOutputPathsTests : IDisposable
{
    private readonly TempSite _site = new("""
        site:
          title: "Quay Notes"
          baseUrl: "https://quay.example.org/"
        topics:
          minDigests: 1 # a topic page for every topic, as these outputs are about
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_planned_paths_are_the_files_the_outputs_stage_makes()
    {
        _site.AddDigest("a.txt", OutputSites.Digest("Ferry fares fall for island pensioners", "2026-11-20", ["Ferries", "Pensions"]));
        _site.AddDigest("b.txt", OutputSites.Digest("Lighthouse keepers vote to keep night shifts", "2026-11-21", ["Lighthouses"]));
        var result = _site.Build(o => o with { Write = false });
        Assert.Equal(0, result.Errors);
        var site = result.Site!;
        var theme = DigestSite.Themes.Theme.Load(Path.Combine(_site.Dir, "theme"), "theme");
        var pagePaths = result.Files.Where(f => f.IsHtml).Select(f => f.Path).ToList();

        var inputs = new OutputInputs(site, theme, pagePaths, DateTimeOffset.Parse("2026-11-28T12:00:00Z"));
        var plan = SiteOutputs.Plan(inputs);
        var all = plan.Generate().Files.Select(f => f.Path).ToList();
        var made = all.Where(p => !DigestSite.Search.SearchFiles.IsContentNamed(p)).ToList();
        var planned = plan.Paths.ToList();

        Assert.Equal(made.Order(StringComparer.Ordinal), planned.Order(StringComparer.Ordinal));
        Assert.Contains("search/manifest.json", planned);
        Assert.Contains(all, p => p.StartsWith("search/s/", StringComparison.Ordinal));
        Assert.Contains("topics/lighthouses/feed.xml", planned);
        Assert.Contains("assets/style.css", planned);
        // And the build wrote (here: made) exactly the pages and those files.
        Assert.Equal(result.Files.Select(f => f.Path).Order(StringComparer.Ordinal), pagePaths.Concat(all).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_output_works_out_its_paths_once_and_one_that_gives_way_sees_the_others()
    {
        var calls = new Dictionary<string, int>();
        IEnumerable<string> Count(string name, IEnumerable<string> paths)
        {
            calls[name] = calls.GetValueOrDefault(name) + 1;
            return paths;
        }
        SiteOutput[] outputs =
        [
            new("yielding", i => Count("yielding", i.Taken.Contains("a.txt") ? [] : ["a.txt"]), _ => []) { GivesWay = true },
            new("firm", i => Count("firm", ["a.txt", "b.txt"]), i => [new("a.txt", [1], "firm"), new("b.txt", [2], "firm")]),
        ];
        var plan = SiteOutputs.Plan(InputsOfAnEmptySite(["index.html"]), outputs);
        Assert.Equal(["a.txt", "b.txt"], plan.Paths);
        Assert.Equal(["a.txt", "b.txt"], plan.Generate().Files.Select(f => f.Path));
        Assert.Equal(new Dictionary<string, int> { ["yielding"] = 1, ["firm"] = 1 }, calls);
        Assert.Contains("index.html", plan.Inputs.Taken);
    }

    [Fact]
    public void An_output_that_makes_a_file_it_did_not_plan_stops_the_build()
    {
        var plan = SiteOutputs.Plan(InputsOfAnEmptySite([]), [SiteOutput.One("planned.txt", "stray output", _ => new("elsewhere.txt", [1], "stray"))]);
        var e = Assert.Throws<InvalidOperationException>(() => plan.Generate());
        Assert.Contains("the stray output made 'elsewhere.txt', which it did not plan", e.Message);
    }

    private static OutputInputs InputsOfAnEmptySite(IReadOnlyList<string> pagePaths) =>
        new(DigestSite.Site.SiteModel.Create(DigestSite.Configuration.SiteConfig.Default, "https://quay.example.org/", []),
            DigestSite.Themes.Theme.Load(null), pagePaths, DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_sitemap_split_into_parts_is_planned_with_its_parts()
    {
        var pages = Enumerable.Range(1, 12).Select(i => $"digests/d{i}/index.html").Append("404.html").Append("feed.xml").ToList();
        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], Sitemap.Paths(pages, maxUrlsPerFile: 5));
        Assert.Equal(["sitemap.xml"], Sitemap.Paths(pages, maxUrlsPerFile: 12));
    }
}

using System.Text.Json;
using DigestSite.Build;
using DigestSite.Tests.Support;
using DigestSite.Validation;

namespace DigestSite.Tests.Validation;

/// <summary>The built-in theme on the sample site: no findings of our own, none from the W3C Nu Html Checker,
/// and no broken link for a crawler that starts at the home page.</summary>
public sealed class SampleSiteTests(SampleSite sample) : IClassFixture<SampleSite>
{
    [Fact]
    public void Sample_site_builds_with_no_validation_finding_and_no_error()
    {
        var findings = sample.Result.Diagnostics.Where(d => ValidationRules.IsValidationRule(d.Rule) || d.Severity == DigestSite.Diagnostics.Severity.Error);
        Assert.True(!findings.Any(), Pages.Show(findings));
        Assert.Equal(ExitCodes.Success, sample.Result.ExitCode);
        Assert.True(sample.Result.Stats.Digests >= 14 + 13 + 30, $"only {sample.Result.Stats.Digests} digests built");
    }

    [Fact]
    public void Nu_Html_Checker_finds_no_error_in_the_built_pages()
    {
        var jar = VnuJar();
        // A page with a known error goes along: it proves the checker ran and reports errors as we read them.
        var canaryDir = Path.Combine(sample.Site.Dir, "canary");
        Directory.CreateDirectory(canaryDir);
        var canary = Path.Combine(canaryDir, "canary.html");
        File.WriteAllText(canary, "<!DOCTYPE html><html lang=\"en\"><head><title>c</title></head><body><p><div></p></body></html>");

        var run = Run.Process("java", ["-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", sample.Site.Output, canary],
            TimeSpan.FromMinutes(5));

        var errors = ParseVnuErrors(run.Stderr.Length > 0 ? run.Stderr : run.Stdout, run);
        Assert.Contains(errors, e => Path.GetFileName(e.File) == "canary.html");
        var siteErrors = errors.Where(e => Path.GetFileName(e.File) != "canary.html").ToList();
        Assert.True(siteErrors.Count == 0,
            $"the Nu Html Checker found {siteErrors.Count} errors:\n" + string.Join("\n", siteErrors.Select(e => $"{e.File}:{e.Line}: {e.Message}")));
        var pages = Directory.GetFiles(sample.Site.Output, "*.html", SearchOption.AllDirectories).Length;
        Assert.True(pages > 100, $"only {pages} pages were checked");
    }

    [Fact]
    public void Crawl_from_the_home_page_finds_no_broken_link()
    {
        var crawl = Crawler.Crawl(sample.Site.Output, "http://localhost:5080/");

        Assert.True(crawl.Broken.Count == 0, $"{crawl.Broken.Count} broken links:\n" + string.Join("\n", crawl.Broken));
        var digestPages = Directory.GetFiles(Path.Combine(sample.Site.Output, "digests"), "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(sample.Site.Output, f).Replace('\\', '/')).ToList();
        Assert.Equal(sample.Result.Stats.Digests, digestPages.Count);
        Assert.All(digestPages, p => Assert.Contains(p, crawl.Visited));
        Assert.True(crawl.LinksFollowed > 1000, $"only {crawl.LinksFollowed} links followed");
    }

    private sealed record VnuError(string File, int Line, string Message);

    private static List<VnuError> ParseVnuErrors(string json, Run.Outcome run)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json); }
        catch (JsonException) { throw new InvalidOperationException($"vnu did not print JSON (exit {run.ExitCode}):\n{run.Stdout}\n{run.Stderr}"); }
        using (doc)
        {
            return doc.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => new VnuError(
                    m.TryGetProperty("url", out var u) ? LocalPath(u.GetString()!) : "?",
                    m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0,
                    m.GetProperty("message").GetString() ?? ""))
                .ToList();
        }
    }

    /// <summary>vnu names files as "file:/tmp/x.html", which System.Uri does not take.</summary>
    private static string LocalPath(string url) =>
        Uri.UnescapeDataString(url.StartsWith("file:", StringComparison.Ordinal) ? url["file:".Length..] : url);

    /// <summary>DIGESTSITE_VNU_JAR (set by tests/run.sh), else where run.sh installs it.</summary>
    private static string VnuJar()
    {
        var jar = Environment.GetEnvironmentVariable("DIGESTSITE_VNU_JAR");
        if (string.IsNullOrEmpty(jar)) jar = Path.Combine(Repo.Root, ".tools", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"vnu.jar not found at {jar}: run the tests with 'bash tests/run.sh', which installs it (npm vnu-jar).");
        return jar;
    }
}

using System.Text.Json;
using DigestSite.Tests.Support;
using DigestSite.Tests.Validation;
using Xunit;

namespace DigestSite.Tests.EndToEnd;

/// <summary>The newsroom site's pages (figures, bylines, key points, author pages, French strings) pass the W3C
/// Nu Html Checker with no error; a page with a known error goes along to prove the checker ran.</summary>
public sealed class NewsroomVnuTests(NewsroomSite site) : IClassFixture<NewsroomSite>
{
    [Fact]
    public void Nu_Html_Checker_finds_no_error_in_the_newsroom_pages()
    {
        var jar = Environment.GetEnvironmentVariable("DIGESTSITE_VNU_JAR") is { Length: > 0 } set
            ? set : Path.Combine(Repo.Root, ".tools", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"vnu.jar not found at {jar}: run the tests with 'bash tests/run.sh', which installs it (npm vnu-jar).");
        var canary = Path.Combine(site.Site.Dir, "canary.html");
        File.WriteAllText(canary, "<!DOCTYPE html><html lang=\"fr\"><head><title>c</title></head><body><p><div></p></body></html>");

        var run = Run.Process("java", ["-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", site.Site.Output, canary], TimeSpan.FromMinutes(5));

        using var doc = JsonDocument.Parse(run.Stderr.Length > 0 ? run.Stderr : run.Stdout);
        var errors = doc.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => (File: m.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "", Message: m.GetProperty("message").GetString() ?? ""))
            .ToList();
        Assert.Contains(errors, e => e.File.EndsWith("canary.html", StringComparison.Ordinal));
        var siteErrors = errors.Where(e => !e.File.EndsWith("canary.html", StringComparison.Ordinal)).ToList();
        Assert.True(siteErrors.Count == 0, string.Join("\n", siteErrors.Select(e => $"{e.File}: {e.Message}")));
        Assert.True(Directory.GetFiles(site.Site.Output, "*.html", SearchOption.AllDirectories).Length >= 10);
    }
}

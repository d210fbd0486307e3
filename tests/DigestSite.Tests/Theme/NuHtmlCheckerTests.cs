using System.Diagnostics;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Theme;

/// <summary>Every page of a site built with the built-in theme passes the W3C Nu Html Checker (vnu-jar, which
/// tests/run.sh installs into .tools/vnu) without a single error.</summary>
public sealed class NuHtmlCheckerTests(ThemeSite fixture) : IClassFixture<ThemeSite>
{
    [Fact]
    public void The_built_site_has_no_HTML_errors()
    {
        var jar = Environment.GetEnvironmentVariable("DIGESTSITE_VNU_JAR") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.Combine(Repo.Root, ".tools", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"vnu.jar not found at {jar}: run tests/run.sh, which installs it (and a Java runtime).");

        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-jar", jar, "--errors-only", "--skip-non-html", fixture.Site.Output }) start.ArgumentList.Add(a);
        using var java = Process.Start(start)!;
        var stdout = java.StandardOutput.ReadToEndAsync();
        var stderr = java.StandardError.ReadToEnd();
        java.WaitForExit();

        Assert.True(java.ExitCode == 0, $"vnu found errors:\n{stderr}{stdout.Result}");
        Assert.Equal("", stderr.Trim());
    }
}

using DigestSite.Tests.Support;

namespace DigestSite.Tests.Cli;

/// <summary>
/// The README's way in: pack the CLI as a .NET tool, install it into a tool path from the packed folder, then
/// scaffold and build a site with the installed command. Everything happens in a temporary folder; the
/// install reads only that folder (no online feed, its own package cache, so an older package with the same
/// version can never be picked up instead).
/// </summary>
public sealed class ToolPackageTests
{
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(8);

    [Fact]
    public void Packed_tool_installs_into_a_tool_path_and_builds_a_new_site()
    {
        using var dir = new TempDir();
        var nupkg = dir["nupkg"];
        var project = Path.Combine(Repo.Root, "src", "DigestSite.Cli", "DigestSite.Cli.csproj");
        // The tests' own build has just built the CLI in this configuration, so packing needs no build.
        var pack = CliRunner.Run(CliRunner.Dotnet, ["pack", project, "-c", CliRunner.Configuration, "--no-build", "-o", nupkg], dir.Path, timeout: Slow);
        Assert.True(pack.ExitCode == 0, "dotnet pack: " + pack);
        var package = Assert.Single(Directory.GetFiles(nupkg, "*.nupkg"));
        Assert.StartsWith("DigestSite.Tool.", Path.GetFileName(package));

        File.WriteAllText(dir["nuget.config"], """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        var env = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = dir["packages"],
            ["DOTNET_ROOT"] = Path.GetDirectoryName(ResolveLinks(CliRunner.Dotnet)),
        };
        var install = CliRunner.Run(CliRunner.Dotnet,
            ["tool", "install", "--tool-path", dir["tools"], "--configfile", dir["nuget.config"], "--add-source", nupkg, "DigestSite.Tool"],
            dir.Path, env, Slow);
        Assert.True(install.ExitCode == 0, "dotnet tool install: " + install);

        var digestsite = dir["tools/digestsite"];
        Assert.True(File.Exists(digestsite), $"no command at {digestsite}");
        var created = CliRunner.Run(digestsite, ["new", "site", "demo"], dir.Path, env);
        Assert.True(created.ExitCode == 0, "digestsite new site: " + created);
        var built = CliRunner.Run(digestsite, ["build", "demo"], dir.Path, env);
        Assert.True(built.ExitCode == 0, "digestsite build: " + built);
        Assert.Contains("Built 1 digest into", built.Out);
        // The theme came from inside the package: the site has none of its own.
        Assert.False(Directory.Exists(dir["demo/theme"]));
        Assert.NotNull(Html.Parse(File.ReadAllText(dir["demo/output/index.html"])).QuerySelector("article[data-digest-summary] a"));
        Assert.True(File.Exists(dir["demo/output/assets/style.css"]));
    }

    private static string ResolveLinks(string path)
    {
        var full = Path.GetFullPath(path);
        return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
    }
}

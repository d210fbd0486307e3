using DigestSite.Tests.Support;

namespace DigestSite.Tests.Cli;

/// <summary>
/// The README's way in: pack the CLI as a .NET tool (the top-level package and its native linux-x64 build),
/// install it into a tool path from the packed folder, then scaffold and build a site with the installed
/// command, which must be the native executable. Everything happens in a temporary folder; the install reads
/// only that folder (no online feed, its own package cache, so an older package with the same version can never
/// be picked up instead), and the native build has its own artifacts folder, so the tests' build is untouched.
/// </summary>
public sealed class ToolPackageTests
{
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(20);

    [Fact]
    public void Packed_tool_installs_into_a_tool_path_and_builds_a_new_site()
    {
        using var dir = new TempDir();
        var nupkg = dir["nupkg"];
        var project = Path.Combine(Repo.Root, "src", "DigestSite.Cli", "DigestSite.Cli.csproj");
        // The top-level package holds no program, only the list of runtime packages: the tests' own build serves.
        var pack = CliRunner.Run(CliRunner.Dotnet, ["pack", project, "-c", CliRunner.Configuration, "--no-build", "-o", nupkg], dir.Path, timeout: Slow);
        Assert.True(pack.ExitCode == 0, "dotnet pack: " + pack);
        var pointer = Assert.Single(Directory.GetFiles(nupkg, "*.nupkg"));
        Assert.Equal("DigestSite.Tool.0.1.0.nupkg", Path.GetFileName(pointer));
        var settings = ReadEntry(pointer, "DotnetToolSettings.xml");
        Assert.Contains("RuntimeIdentifier=\"linux-x64\" Id=\"DigestSite.Tool.linux-x64\"", settings);
        Assert.Contains("RuntimeIdentifier=\"any\" Id=\"DigestSite.Tool.any\"", settings);

        var native = CliRunner.Run(CliRunner.Dotnet,
            ["pack", project, "-c", "Release", "-r", "linux-x64", "--artifacts-path", dir["artifacts"], "-o", nupkg], dir.Path, timeout: Slow);
        Assert.True(native.ExitCode == 0, "dotnet pack -r linux-x64: " + native);
        Assert.True(File.Exists(Path.Combine(nupkg, "DigestSite.Tool.linux-x64.0.1.0.nupkg")), "no linux-x64 package: " + native);

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
        // The native executable, not the portable build: an ELF file, no DigestSite.Cli.dll beside it.
        var target = ResolveLinks(digestsite);
        var magic = new byte[4];
        using (var stream = File.OpenRead(target)) stream.ReadExactly(magic);
        Assert.Equal(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F' }, magic);
        Assert.Contains("linux-x64", target);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(target)!, "DigestSite.Cli.dll")), "the portable build was installed");
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

    private static string ReadEntry(string package, string name)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        var entry = zip.Entries.Single(e => e.Name == name);
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static string ResolveLinks(string path)
    {
        var full = Path.GetFullPath(path);
        return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
    }
}

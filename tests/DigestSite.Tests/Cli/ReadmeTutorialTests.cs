using System.Text.RegularExpressions;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Cli;

/// <summary>The README's five-minute tutorial, run as written: its shell blocks in order (the preview, which runs
/// until Ctrl+C, is tested elsewhere), with the two edits its text asks for done between them, ending in a site
/// published to a local bare git repository. The README stays an editor's page: under 12 KB.</summary>
public sealed partial class ReadmeTutorialTests
{
    private static string Readme => File.ReadAllText(Path.Combine(Repo.Root, "README.md"));

    [Fact]
    public void The_readme_is_under_12_KB_and_links_to_docs_that_exist()
    {
        Assert.True(new FileInfo(Path.Combine(Repo.Root, "README.md")).Length < 12 * 1024);
        foreach (Match link in DocLink().Matches(Readme))
            Assert.True(File.Exists(Path.Combine(Repo.Root, link.Groups[1].Value)), $"README links to a missing {link.Groups[1].Value}");
    }

    [Fact]
    public void The_tutorial_ends_with_a_site_published_to_a_local_bare_repository()
    {
        var tutorial = Readme[Readme.IndexOf("## Five-minute tutorial", StringComparison.Ordinal)..];
        tutorial = tutorial[..tutorial.IndexOf("\n## ", 10, StringComparison.Ordinal)];
        var blocks = ShellBlock().Matches(tutorial).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, blocks.Count);

        using var dir = new TempDir();
        var bin = dir["bin"];
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "digestsite"), $"#!/bin/sh\nexec '{CliRunner.Dotnet}' '{CliRunner.CliDll}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(bin, "digestsite"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var env = new Dictionary<string, string?> { ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH") };
        // Between the blocks, what the text asks the reader to do by hand: finish the draft, set the address.
        var edits = new[]
        {
            "",
            "cd harbour-news && sed -i '/^draft: true$/d' input/*-harbour-town-votes-*.txt",
            "cd harbour-news && sed -i 's|baseUrl: .*|baseUrl: \"https://news.example.org/\"|' statiq.yml",
            "",
        };
        var working = dir.Path;
        for (var i = 0; i < blocks.Count; i++)
        {
            var commands = string.Join('\n', blocks[i].Split('\n').Where(l => !l.StartsWith("digestsite preview", StringComparison.Ordinal)));
            var run = CliRunner.Run("bash", ["-euc", commands], working, env);
            Assert.True(run.ExitCode == 0, $"block {i + 1}:\n{commands}\n{run}");
            if (i == 0) working = dir["harbour-news"];
            if (edits[i].Length > 0) Assert.Equal(0, CliRunner.Run("bash", ["-euc", edits[i]], dir.Path, env).ExitCode);
        }
        var home = File.ReadAllText(dir["published/index.html"]);
        Assert.Contains("Harbour town votes to rebuild its sea wall", home);
        Assert.Contains("https://news.example.org/", home);
    }

    [GeneratedRegex(@"\]\(((?:docs|bench)/[^)#]+)\)")]
    private static partial Regex DocLink();

    [GeneratedRegex("```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}

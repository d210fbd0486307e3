using DigestSite.Tests.Cli;
using YamlDotNet.RepresentationModel;

namespace DigestSite.Tests.Publishing;

/// <summary>The GitHub Actions workflow <c>new site</c> writes: it builds on push and on a schedule and deploys to
/// Pages, and its build commands succeed on a fresh clone of the site's repository (real git; the tool is the one
/// under test instead of the one the workflow installs from NuGet, and the Pages address is an example).</summary>
public sealed class WorkflowTests
{
    [Fact]
    public void The_workflow_of_a_new_site_builds_it_on_a_fresh_clone()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRunner.Digestsite(dir.Path, "new", "site", "news").ExitCode);
        Git(dir["news"], "init", "-q", "-b", "main");
        Git(dir["news"], "add", "-A");
        Git(dir["news"], "-c", "user.name=Desk", "-c", "user.email=desk@example.org", "commit", "-q", "-m", "New site");
        Git(dir.Path, "clone", "-q", dir["news"], dir["clone"]);
        Assert.False(File.Exists(dir["clone/output/index.html"]));
        Assert.Equal("/output/", File.ReadAllLines(dir["clone/.gitignore"]).First(l => l.StartsWith('/')));

        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(dir["clone/.github/workflows/publish.yml"])));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var on = (YamlMappingNode)root["on"];
        Assert.Contains("push", on.Children.Keys.Select(k => k.ToString()));
        Assert.Matches(@"^[\d*/,-]+ [\d*/,-]+ \* \* \*$", ((YamlMappingNode)((YamlSequenceNode)on["schedule"])[0])["cron"].ToString());
        var jobs = (YamlMappingNode)root["jobs"];
        Assert.Contains(((YamlSequenceNode)((YamlMappingNode)jobs["deploy"])["steps"]).OfType<YamlMappingNode>(),
            s => s.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/deploy-pages@"));

        var bin = dir["bin"];
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "digestsite"), $"#!/bin/sh\nexec '{CliRunner.Dotnet}' '{CliRunner.CliDll}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(bin, "digestsite"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var steps = ((YamlSequenceNode)((YamlMappingNode)jobs["build"])["steps"]).OfType<YamlMappingNode>().ToList();
        var commands = steps.Where(s => s.Children.ContainsKey("run") && s["name"].ToString() != "Install DigestSite").Select(s => s["run"].ToString()).ToList();
        Assert.Equal(2, commands.Count);
        foreach (var command in commands)
        {
            var script = command.Replace("${{ steps.pages.outputs.base_url }}", "https://desk.github.io/news");
            var run = CliRunner.Run("bash", ["-euc", script], dir["clone"],
                new Dictionary<string, string?> { ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH") });
            Assert.True(run.ExitCode == 0, $"{script}\n{run}");
        }
        var artifact = steps.Single(s => s.Children.TryGetValue("uses", out var u) && u.ToString().StartsWith("actions/upload-pages-artifact@"));
        var site = Path.Combine(dir["clone"], ((YamlMappingNode)artifact["with"])["path"].ToString());
        Assert.Contains("https://desk.github.io/news/", File.ReadAllText(Path.Combine(site, "index.html")));
    }

    private static void Git(string workingDir, params string[] args)
    {
        var run = CliRunner.Run("git", args, workingDir);
        Assert.True(run.ExitCode == 0, $"git {string.Join(' ', args)}: {run}");
    }
}

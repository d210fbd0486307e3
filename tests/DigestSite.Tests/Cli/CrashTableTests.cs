using System.Text.RegularExpressions;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Cli;

/// <summary>
/// Every command driven with mistakes a user makes: bad arguments and options, paths that are missing, files,
/// unreadable (the tests may run as root, which reads everything: then that row checks only that nothing
/// crashes) or symbolic-link loops, and broken configurations. Each must end with exit code 1 or 2 and messages
/// in the tool's format, and no exception text may reach the user.
/// </summary>
public sealed partial class CrashTableTests(CrashTableTests.Folders folders) : IClassFixture<CrashTableTests.Folders>
{
    public sealed class Folders : IDisposable
    {
        public TempDir Dir { get; } = new();

        public Folders()
        {
            var good = Site("good", null);
            File.Copy(Repo.SeedFile, Path.Combine(good, "input", "2026-05-01-seed.txt"));
            File.WriteAllText(Dir["afile"], "not a folder\n");
            File.CreateSymbolicLink(Dir["loop"], Dir["loop"]);
            Site("unreadable", "site:\n  title: Locked\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Dir["unreadable"], UnixFileMode.None);
            Site("badyaml", "site: [\n");
            Site("badkey", "sitee:\n  title: x\n");
            Site("noinput", "site:\n  title: x\npaths:\n  input: nowhere\n");
            Directory.Delete(Site("loopinput", null) + "/input");
            File.CreateSymbolicLink(Dir["loopinput/input"], Dir["loopinput/input"]);
            Directory.Delete(Site("fileinput", null) + "/input");
            File.WriteAllText(Dir["fileinput/input"], "a file\n");
            Site("badtz", "site:\n  timezone: Mars/Olympus_Mons\n");
            Site("badbase", "site:\n  baseUrl: not a url\n");
            Site("empty", null);
        }

        private string Site(string name, string? config)
        {
            Directory.CreateDirectory(Dir[name + "/input"]);
            if (config is not null) File.WriteAllText(Dir[name + "/statiq.yml"], config);
            return Dir[name];
        }

        public void Dispose()
        {
            if (!OperatingSystem.IsWindows() && Directory.Exists(Dir["unreadable"])) File.SetUnixFileMode(Dir["unreadable"], UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Dir.Dispose();
        }
    }

    public static TheoryData<string> CommandLines => new()
    {
        "biuld", "", "new", "help biuld", "build --outptu x", "build good --port 3", "completion tcsh", "config missing",
        "build missing", "build afile", "build loop", "build unreadable", "build badyaml", "build badkey", "build noinput",
        "build loopinput", "build fileinput", "build badtz", "build badbase", "build empty",
        "build good --output afile", "build good --output good/input", "build good --output good",
        "build good --base-url not-a-url", "build good --base-url http://", "check good --base-url http://",
        "check missing", "check afile", "check badyaml", "check noinput", "check empty",
        "preview missing", "preview afile", "preview good --port 70000", "preview good --port abc", "preview good --host not-a-host",
        "publish good", "publish good --to out", "publish good --to afile --allow-local", "publish good --git",
        "publish good --to x --git y", "publish missing --to out", "publish good --to out --base-url ftp://x/",
        "new site afile", "new site afile/sub", "new site good", "new digest", "new digest T missing",
        "new digest T good --date 2026-13-45", "new bogus",
        "inspect missing.txt", "inspect afile", "inspect loop", "inspect unreadable",
        "config afile", "config badyaml", "config loop",
    };

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void A_mistake_gets_a_clear_message_and_exit_1_or_2_never_an_exception(string commandLine)
    {
        var run = CliRunner.Digestsite(folders.Dir.Path, commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(run.ExitCode is 1 or 2, $"{commandLine}: {run}");
        foreach (var leak in new[] { "Exception", "   at ", "Unhandled", "internal error" })
            Assert.False(run.All.Contains(leak, StringComparison.Ordinal), $"{commandLine} let '{leak}' through: {run}");
        // inspect reports problems in its report, on standard output, one indented line a problem.
        var first = run.Err.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)
                    ?? run.Out.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains(": error: ")) ?? "";
        Assert.True(ToolFormat().IsMatch(first), $"{commandLine}: first message not in the tool's format: {run}");
    }

    /// <summary><c>digestsite: error: …</c> for the tool, <c>path:line: error: …</c> for content.</summary>
    [GeneratedRegex(@"^(digestsite: (error|warning|note): |\S[^:]*:\d+(:\d+)?: (error|warning): )")]
    private static partial Regex ToolFormat();
}

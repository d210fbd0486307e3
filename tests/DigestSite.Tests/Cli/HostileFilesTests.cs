using DigestSite.Tests.Cli;

namespace DigestSite.Tests.Cli;

/// <summary>
/// A table of hostile files and folders planted in a real site's input/ and output/ and around a publish
/// target, each run through the real CLI (a child process, bounded in time). Every case must end with a clear
/// line (<c>path:0: warning:</c> or <c>digestsite: error:</c>) and exit 0, 1 or 2: never a stack trace, a hang,
/// something read from outside the site, or a write outside the output folder.
/// </summary>
public sealed class HostileFilesTests
{
    /// <summary>One case: what to plant (returning the command line to run), the exit code, a line the report
    /// must hold, and what must be true afterwards.</summary>
    private sealed record Case(Func<HostileSite, string[]> Plant, int Exit, string Expected, Action<HostileSite, CliRun> Check);

    private static readonly string[] Build = ["build", ".", "--quiet"];

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["input: a FIFO named *.txt"] = new(s => { HostileSite.Fifo(Path.Combine(s.Input, "pipe.txt")); return Build; },
            0, "input/pipe.txt:0: warning: is not a regular file", BuiltBoth),
        ["input: a dangling link"] = new(s => { HostileSite.Link(Path.Combine(s.Input, "gone.txt"), "nowhere.txt"); return Build; },
            0, "input/gone.txt:0: warning: is a symbolic link that leads nowhere", BuiltBoth),
        ["input: a link to itself"] = new(s => { HostileSite.Link(Path.Combine(s.Input, "loop.txt"), "loop.txt"); return Build; },
            0, "input/loop.txt:0: warning:", BuiltBoth),
        ["input: a folder link loop (self -> .)"] = new(s => { HostileSite.Link(Path.Combine(s.Input, "self"), "."); return Build; },
            0, "input/self:0: warning: is a symbolic link to a folder already read", (s, run) =>
            {
                BuiltBoth(s, run);
                Assert.Single(Directory.GetDirectories(Path.Combine(s.Output, "digests"), "harbour-ferry*")); // read once
            }),
        ["input: two loops (self -> ., real/up -> ..)"] = new(s =>
            {
                HostileSite.Link(Path.Combine(s.Input, "self"), ".");
                HostileSite.Link(Path.Combine(s.Input, "real", "up"), "..");
                return Build;
            },
            0, "input/real/up:0: warning: is a symbolic link to a folder already read", (s, run) =>
            {
                Assert.Contains("input/self:0: warning:", run.Err);
                BuiltBoth(s, run);
                Assert.Equal(2, Directory.GetDirectories(Path.Combine(s.Output, "digests")).Length);
            }),
        ["input: a link to /dev/zero"] = new(s => { HostileSite.Link(Path.Combine(s.Input, "zero.txt"), "/dev/zero"); return Build; },
            0, "input/zero.txt:0: warning: is a symbolic link to /dev/zero, outside the site", BuiltBoth),
        ["input: a link to a file outside the site"] = new(s => { HostileSite.Link(Path.Combine(s.Input, "leak.txt"), s.SecretDigest()); return Build; },
            0, "input/leak.txt:0: warning: is a symbolic link to", NothingFromElsewhere),
        ["input: a link to a folder outside the site"] = new(s =>
            {
                s.SecretDigest();
                HostileSite.Link(Path.Combine(s.Input, "more"), s.Elsewhere);
                return Build;
            },
            0, "input/more:0: warning: is a symbolic link to", NothingFromElsewhere),
        ["input: a link to a folder inside the site is read"] = new(s =>
            {
                Directory.CreateDirectory(Path.Combine(s.Dir, "shared"));
                File.WriteAllText(Path.Combine(s.Dir, "shared", "2026-03-06-bridge.txt"), HostileSite.Digest("Old bridge reopens to walkers", "The footbridge reopened on Sunday after repairs."));
                HostileSite.Link(Path.Combine(s.Input, "shared"), Path.Combine("..", "shared"));
                return Build;
            },
            0, "", (s, run) => Assert.True(Directory.Exists(Path.Combine(s.Output, "digests", "old-bridge-reopens-to-walkers")), run.ToString())),
        ["output: a folder link planted at output/topics"] = new(s => { BuildFirst(s); Plant(s, "topics"); return Build; },
            0, "output/topics:0: warning: was a symbolic link", (s, run) =>
            {
                NothingWrittenElsewhere(s, run);
                Assert.False(new DirectoryInfo(Path.Combine(s.Output, "topics")).LinkTarget is not null);
                Assert.True(File.Exists(Path.Combine(s.Output, "topics", "index.html")));
            }),
        ["output: a page replaced by a link"] = new(s =>
            {
                BuildFirst(s);
                var page = Path.Combine(s.Output, "index.html");
                File.Delete(page);
                HostileSite.Link(page, s.SecretDigest("victim.txt"));
                return Build;
            },
            0, "output/index.html:0: warning: was a symbolic link", (s, run) =>
            {
                Assert.Contains(HostileSite.Marker, File.ReadAllText(Path.Combine(s.Elsewhere, "victim.txt")));
                Assert.Null(new FileInfo(Path.Combine(s.Output, "index.html")).LinkTarget);
                Assert.Contains("<html", File.ReadAllText(Path.Combine(s.Output, "index.html")));
            }),
        ["output: a page hard-linked to a file elsewhere"] = new(s =>
            {
                BuildFirst(s);
                var page = Path.Combine(s.Output, "index.html");
                File.Delete(page);
                HostileSite.HardLink(s.SecretDigest("victim.txt"), page);
                return Build;
            },
            0, "", (s, run) =>
            {
                Assert.Contains(HostileSite.Marker, File.ReadAllText(Path.Combine(s.Elsewhere, "victim.txt")));
                Assert.Contains("<html", File.ReadAllText(Path.Combine(s.Output, "index.html")));
            }),
        ["output: a FIFO in the place of a page"] = new(s =>
            {
                BuildFirst(s);
                File.Delete(Path.Combine(s.Output, "robots.txt"));
                HostileSite.Fifo(Path.Combine(s.Output, "robots.txt"));
                return Build;
            },
            0, "", (s, run) => Assert.Contains("Sitemap", File.ReadAllText(Path.Combine(s.Output, "robots.txt")))),
        ["output: --clean keeps .git, CNAME and other foreign files"] = new(s =>
            {
                BuildFirst(s);
                Directory.CreateDirectory(Path.Combine(s.Output, ".git"));
                File.WriteAllText(Path.Combine(s.Output, ".git", "HEAD"), "ref: refs/heads/main\n");
                File.WriteAllText(Path.Combine(s.Output, "CNAME"), "news.example.org\n");
                File.WriteAllText(Path.Combine(s.Output, "digests", "notes-by-hand.md"), "mine\n");
                return ["build", ".", "--clean", "--quiet"];
            },
            0, "", (s, run) =>
            {
                Assert.Equal("ref: refs/heads/main\n", File.ReadAllText(Path.Combine(s.Output, ".git", "HEAD")));
                Assert.Equal("news.example.org\n", File.ReadAllText(Path.Combine(s.Output, "CNAME")));
                Assert.Equal("mine\n", File.ReadAllText(Path.Combine(s.Output, "digests", "notes-by-hand.md")));
                Assert.True(File.Exists(Path.Combine(s.Output, "index.html")));
            }),
        ["output: a manifest copied into a foreign folder"] = new(s =>
            {
                BuildFirst(s);
                var foreign = Path.Combine(s.Elsewhere, "photos");
                Directory.CreateDirectory(Path.Combine(foreign, "digests"));
                File.WriteAllText(Path.Combine(foreign, "index.html"), "my own page\n");
                File.WriteAllText(Path.Combine(foreign, "holiday.jpg"), "not a site\n");
                File.Copy(Path.Combine(s.Output, ".digestsite-manifest"), Path.Combine(foreign, ".digestsite-manifest"));
                return ["build", ".", "--clean", "--output", foreign];
            },
            2, "digestsite: error:", (s, run) =>
            {
                Assert.Contains("not written for this folder", run.Err);
                Assert.Equal("my own page\n", File.ReadAllText(Path.Combine(s.Elsewhere, "photos", "index.html")));
                Assert.Equal("not a site\n", File.ReadAllText(Path.Combine(s.Elsewhere, "photos", "holiday.jpg")));
            }),
        ["output: a file where the build makes a folder"] = new(s =>
            {
                BuildFirst(s);
                Directory.Delete(Path.Combine(s.Output, "archive"), recursive: true);
                File.WriteAllText(Path.Combine(s.Output, "archive"), "a file of mine\n");
                return Build;
            },
            2, "digestsite: error:", (s, run) => Assert.Equal("a file of mine\n", File.ReadAllText(Path.Combine(s.Output, "archive")))),
        ["output: a first build killed before its manifest was renamed into place"] = new(s =>
            {
                Directory.CreateDirectory(s.Output);
                File.WriteAllText(Path.Combine(s.Output, ".digestsite-manifest.999999999.0123456789abcdef.tmp"), "# digestsite manifest 2 writing\n");
                return Build;
            },
            0, "", (s, run) =>
            {
                BuiltBoth(s, run);
                Assert.Empty(Directory.GetFiles(s.Output, ".digestsite-manifest.*.tmp"));
            }),
        ["publish: --to the input folder through a link to the site, with --force"] = new(s =>
            {
                HostileSite.Link(Path.Combine(s.Root, "alias"), s.Dir);
                return ["publish", Path.Combine(s.Root, "alias"), "--to", Path.Combine(s.Root, "alias", "input"), "--force"];
            },
            2, "refusing to write the site", (s, run) => Assert.Equal(2, Directory.GetFiles(s.Input).Length)),
        ["publish: --to a folder that contains the site, with --force"] = new(s => ["publish", ".", "--to", s.Root, "--force"],
            2, "contains", (s, run) => Assert.True(Directory.Exists(s.Elsewhere))),
        ["publish: --to a link to the home folder's parent, with --force"] = new(s =>
            {
                var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
                HostileSite.Link(Path.Combine(s.Root, "innocent"), Path.GetDirectoryName(home) ?? "/");
                return ["publish", ".", "--to", Path.Combine(s.Root, "innocent", "."), "--force"];
            },
            2, "refusing to write the site", (s, run) => Assert.True(Directory.Exists(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)))),
        ["publish: stale staging folders of dead processes are removed, others kept"] = new(s =>
            {
                var www = Path.Combine(s.Root, "www");
                var dead = www + ".digestsite-new-999999999-0123456789";
                Directory.CreateDirectory(dead);
                File.WriteAllText(Path.Combine(dead, ".digestsite-manifest"), "index.html\n");
                File.WriteAllText(Path.Combine(dead, "index.html"), "half a site\n");
                var live = www + $".digestsite-new-{Environment.ProcessId}-abcdef0123";
                Directory.CreateDirectory(live);
                var foreign = www + ".digestsite-new-holiday";
                Directory.CreateDirectory(foreign);
                return ["publish", ".", "--to", www];
            },
            0, "published", (s, run) =>
            {
                var beside = Directory.GetFileSystemEntries(s.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal);
                Assert.Equal(["elsewhere", "site", "www", $"www.digestsite-new-{Environment.ProcessId}-abcdef0123", "www.digestsite-new-holiday"], beside);
            }),
    };

    public static TheoryData<string> Names() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_hostile_file_gives_a_clear_line_and_touches_nothing_outside(string name)
    {
        using var site = new HostileSite();
        var @case = Cases[name];
        var args = @case.Plant(site);
        var elsewhereBefore = HostileSite.Tree(site.Elsewhere);

        var run = site.Cli(args);

        Assert.True(@case.Exit == run.ExitCode, $"{name}: expected exit {@case.Exit}\n{run}");
        Assert.DoesNotContain("internal error", run.All);
        Assert.DoesNotContain("   at ", run.All); // no stack trace
        Assert.Contains(@case.Expected, run.All);
        if (!name.StartsWith("output: a manifest", StringComparison.Ordinal))
            Assert.Equal(elsewhereBefore, HostileSite.Tree(site.Elsewhere)); // nothing made or removed outside
        @case.Check(site, run);
    }

    private static void BuiltBoth(HostileSite s, CliRun run)
    {
        Assert.True(Directory.Exists(Path.Combine(s.Output, "digests", "harbour-ferry-returns-after-repairs")), run.ToString());
        Assert.True(Directory.Exists(Path.Combine(s.Output, "digests", "town-library-opens-late-on-weekdays")), run.ToString());
    }

    private static void NothingFromElsewhere(HostileSite s, CliRun run)
    {
        BuiltBoth(s, run);
        Assert.Empty(HostileSite.FilesWithMarker(s.Output));
    }

    private static void NothingWrittenElsewhere(HostileSite s, CliRun run) =>
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(s.Elsewhere, "planted")));

    private static void BuildFirst(HostileSite s)
    {
        var first = s.Cli(Build);
        Assert.True(first.ExitCode == 0, first.ToString());
    }

    /// <summary>Replaces output/<paramref name="folder"/> by a link to an empty folder elsewhere.</summary>
    private static void Plant(HostileSite s, string folder)
    {
        var target = Path.Combine(s.Elsewhere, "planted");
        Directory.CreateDirectory(target);
        Directory.Delete(Path.Combine(s.Output, folder), recursive: true);
        HostileSite.Link(Path.Combine(s.Output, folder), target);
    }
}

using System.Diagnostics;
using System.Net;
using DigestSite.Preview.LiveReload;

namespace DigestSite.Tests.Preview;

/// <summary>A real preview session on a site with the seed and the samples: a change to the inputs is built,
/// published and announced; a change that breaks the site is held back and shown; stopping is quick.</summary>
public sealed class RebuildTests
{
    private const string NewTitle = "Japan and India agree on a common front against terrorism";

    [Fact]
    public async Task Editing_a_digest_publishes_it_and_tells_open_pages_where_it_moved()
    {
        await using var preview = await RunningPreview.StartAsync();
        var oldPage = preview.PageOf(RunningPreview.SeedTitle);
        await using var events = await EventStream.OpenAsync(preview.Session.Url);
        var first = await events.NextStatusAsync(RunningPreview.Patience);
        Assert.NotNull(first);

        preview.RetitleSeed(NewTitle);
        var next = await events.NextStatusAsync(s => s.Version != first.Version, RunningPreview.Patience);

        Assert.Empty(next.Problems);
        var newPage = preview.PageOf(NewTitle);
        Assert.NotEqual(oldPage, newPage);
        Assert.Equal(newPage, next.Moved[oldPage]);
        Assert.Contains(WebUtility.HtmlEncode(NewTitle), await preview.Http.GetStringAsync(newPage));
        Assert.Equal(HttpStatusCode.NotFound, (await preview.Http.GetAsync(oldPage)).StatusCode);
    }

    [Fact]
    public async Task A_binary_file_in_input_is_held_back_and_the_last_good_site_keeps_being_served()
    {
        await using var preview = await RunningPreview.StartAsync();
        var page = preview.PageOf(RunningPreview.SeedTitle);
        var served = preview.Session.Status.Version;

        var broken = preview.Site.AddDigest("broken.txt", "");
        File.WriteAllBytes(broken, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE, 0x00, 0x10]);
        var status = await preview.WaitForStatusAsync(s => s.HeldBack, "a held-back build");

        Assert.Contains(status.Problems, p => p.StartsWith("input/broken.txt:", StringComparison.Ordinal) && p.Contains("binary"));
        Assert.Equal(served, status.Version);
        Assert.Contains("input/broken.txt", preview.Errors.ToString());
        Assert.Equal(HttpStatusCode.OK, (await preview.Http.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await preview.Http.GetAsync("/")).StatusCode);

        File.Delete(broken);
        var fixedStatus = await preview.WaitForStatusAsync(s => !s.HeldBack && s.Problems.Count == 0, "the problem cleared");
        Assert.Equal(served, fixedStatus.Version); // nothing in the site changed, so open pages need no reload
    }

    [Fact]
    public async Task Removing_whats_the_story_holds_the_change_back_and_keeps_the_old_page()
    {
        await using var preview = await RunningPreview.StartAsync();
        var page = preview.PageOf(RunningPreview.SeedTitle);
        var seed = File.ReadAllText(preview.SeedFile);
        File.WriteAllText(preview.SeedFile, seed.Replace("What's the story\n", ""));

        var status = await preview.WaitForStatusAsync(s => s.HeldBack, "a held-back build");
        Assert.Contains(status.Problems, p => p.Contains("000_ae44320d10fe0cb6.txt") && p.Contains("What's the story"));
        Assert.Contains(WebUtility.HtmlEncode(RunningPreview.SeedTitle), await preview.Http.GetStringAsync(page));

        File.WriteAllText(preview.SeedFile, seed);
        await preview.WaitForStatusAsync(s => !s.HeldBack && s.Problems.Count == 0, "the problem cleared");
    }

    [Fact]
    public async Task A_broken_statiq_yml_is_shown_and_fixing_it_clears_it()
    {
        await using var preview = await RunningPreview.StartAsync();
        var config = Path.Combine(preview.Site.Dir, "statiq.yml");
        File.WriteAllText(config, "site:\n  title: \"Test\"\n  colour: red\n");

        var status = await preview.WaitForStatusAsync(s => s.HeldBack, "a held-back build");
        Assert.Contains(status.Problems, p => p.StartsWith("statiq.yml:3:", StringComparison.Ordinal) && p.Contains("colour"));
        Assert.Equal(HttpStatusCode.OK, (await preview.Http.GetAsync("/")).StatusCode);

        File.WriteAllText(config, "site:\n  title: \"A Fixed Title\"\n");
        var published = await preview.WaitForStatusAsync(s => !s.HeldBack && s.Problems.Count == 0, "the config fixed");
        Assert.NotEqual(status.Version, published.Version);
        Assert.Contains("A Fixed Title", await preview.Http.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_broken_template_keeps_the_last_good_site()
    {
        await using var preview = await RunningPreview.StartAsync(site => site.CopyBuiltInTheme());
        var page = preview.PageOf(RunningPreview.SeedTitle);
        var good = preview.Session.Status;

        preview.Site.WriteThemeFile("templates/digest.sbn-html", "{{ for x in }} broken {{ end");
        var status = await preview.WaitForStatusAsync(s => s.HeldBack, "a held-back build");
        Assert.Contains(status.Problems, p => p.Contains("digest.sbn-html"));
        Assert.Equal(good.Version, status.Version);
        Assert.Contains(WebUtility.HtmlEncode(RunningPreview.SeedTitle), await preview.Http.GetStringAsync(page));
    }

    [Fact]
    public async Task A_burst_of_saves_is_built_once_not_once_per_file()
    {
        await using var preview = await RunningPreview.StartAsync();
        var builds = 0;
        preview.Session.Rebuilt += _ => Interlocked.Increment(ref builds);
        var seed = File.ReadAllText(preview.SeedFile);
        for (var i = 1; i <= 30; i++)
            File.WriteAllText(Path.Combine(preview.Site.Input, $"burst-{i:D2}.txt"), seed.Replace(RunningPreview.SeedTitle, $"Burst digest number {i}"));

        // The folder served changes with each build shown (the preview keeps two copies).
        string Last() => Path.Combine(preview.Session.OutputDir, "digests", "burst-digest-number-30", "index.html");
        await preview.WaitForStatusAsync(_ => File.Exists(Last()) && Volatile.Read(ref builds) > 0, "all 30 built");
        // One build for the burst; on a busy machine the events may arrive in two bursts, and files written while
        // a build runs start one more. Thirty builds is what no debouncing would give.
        Assert.InRange(builds, 1, 3);
    }

    [Fact]
    public async Task Stopping_with_pages_connected_takes_under_two_seconds_and_removes_the_preview_folder()
    {
        var preview = await RunningPreview.StartAsync();
        var folder = preview.Session.OutputDir;
        Assert.DoesNotContain(Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("__digestsite")); // the script is added when served, never written
        var streams = new List<EventStream>();
        for (var i = 0; i < 3; i++)
        {
            var stream = await EventStream.OpenAsync(preview.Session.Url);
            Assert.NotNull(await stream.NextStatusAsync(RunningPreview.Patience));
            streams.Add(stream);
        }

        var clock = Stopwatch.StartNew();
        await preview.DisposeAsync();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"stopping took {clock.Elapsed}");
        foreach (var stream in streams)
        {
            Assert.Null(await stream.NextStatusAsync(TimeSpan.FromSeconds(10))); // the server ended it
            await stream.DisposeAsync();
        }
        Assert.False(Directory.Exists(folder));
    }
}

using System.Net;
using DigestSite.Preview.Building;

namespace DigestSite.Tests.Preview;

/// <summary>
/// Open pages are told of a rebuild as soon as its files are written and its findings known, before the build
/// saves its cache (its last stage), and what they are told to load is there by then, whole.
/// </summary>
public sealed class EarlyReloadTests
{
    private const string NewTitle = "Japan and India agree on a common front against terrorism";

    [Fact]
    public async Task The_reload_goes_out_before_the_build_ends_and_the_new_site_is_whole_when_it_arrives()
    {
        await using var preview = await RunningPreview.StartAsync();
        var before = preview.Session.Status.Version;
        await using var stream = await EventStream.OpenAsync(preview.Session.Url);
        Assert.Equal(before, (await stream.NextStatusAsync(RunningPreview.Patience))!.Version);
        var ended = new TaskCompletionSource<BuildOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        preview.Session.Rebuilt += outcome => ended.TrySetResult(outcome);

        preview.RetitleSeed(NewTitle);

        var told = await stream.NextStatusAsync(s => s.Version != before, RunningPreview.Patience);
        Assert.False(told.HeldBack);
        // The page a reload asks for is the new one, and so is every other file it needs (the swap is whole).
        var page = await preview.Http.GetStringAsync(preview.PageOf(NewTitle));
        Assert.Contains(WebUtility.HtmlEncode(NewTitle), page);
        Assert.Contains(WebUtility.HtmlEncode(NewTitle), await preview.Http.GetStringAsync("/"));

        var outcome = await ended.Task.WaitAsync(RunningPreview.Patience);
        Assert.True(outcome.Published);
        Assert.Equal(told.Version, outcome.Status.Version);
        Assert.NotNull(outcome.ToldAfter);
        var save = outcome.Stages.Single(s => s.Stage == "save cache");
        Assert.Equal("save cache", outcome.Stages[^1].Stage);
        // Told before the cache was saved: the whole save came after it.
        Assert.True(outcome.ToldAfter!.Value + save.Elapsed <= outcome.Elapsed,
            $"told after {outcome.ToldAfter.Value.TotalMilliseconds} ms, the save took {save.Elapsed.TotalMilliseconds} ms, the build {outcome.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_held_back_build_is_told_early_too_and_the_last_good_site_stays()
    {
        await using var preview = await RunningPreview.StartAsync();
        var good = preview.Session.Status;
        await using var stream = await EventStream.OpenAsync(preview.Session.Url);
        await stream.NextStatusAsync(RunningPreview.Patience);
        var ended = new TaskCompletionSource<BuildOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        preview.Session.Rebuilt += outcome => ended.TrySetResult(outcome);

        File.WriteAllText(preview.SeedFile, File.ReadAllText(preview.SeedFile).Replace("What's the story\n", ""));

        var told = await stream.NextStatusAsync(s => s.HeldBack, RunningPreview.Patience);
        Assert.Equal(good.Version, told.Version);
        Assert.Contains(told.Problems, p => p.Contains("What's the story"));
        var outcome = await ended.Task.WaitAsync(RunningPreview.Patience);
        Assert.False(outcome.Published);
        Assert.NotNull(outcome.ToldAfter);
        Assert.Contains(WebUtility.HtmlEncode(RunningPreview.SeedTitle), await preview.Http.GetStringAsync(preview.PageOf(RunningPreview.SeedTitle)));
    }
}

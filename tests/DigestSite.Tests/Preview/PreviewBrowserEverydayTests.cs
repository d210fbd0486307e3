using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DigestSite.Tests.Preview;

/// <summary>In a real headless Chromium: a reload after a save keeps the reader's scroll position, and a
/// draft shown by <c>preview --drafts</c> carries a banner saying it is a draft.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PreviewBrowserEverydayTests(ChromiumFixture chromium)
{
    private const float Patience = 60_000;

    [Fact]
    public async Task A_reload_after_a_save_keeps_the_scroll_position()
    {
        await using var preview = await RunningPreview.StartAsync();
        var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 400, Height = 300 } });
        context.SetDefaultTimeout(Patience);
        var page = await context.NewPageAsync();
        await page.GotoAsync(preview.Session.Url + preview.PageOf(RunningPreview.SeedTitle).TrimStart('/'));
        await page.WaitForFunctionAsync("() => window.digestsitePreview === 'connected'", null, new() { Timeout = Patience });
        await page.EvaluateAsync("() => window.scrollTo(0, 400)");
        var before = await page.EvaluateAsync<double>("() => window.scrollY");
        Assert.True(before > 100, $"the page is too short to scroll ({before})");

        // An edit of the story, as an editor makes while reading the page.
        const string added = "The two ministers will meet again in the spring.";
        File.WriteAllText(preview.SeedFile, File.ReadAllText(preview.SeedFile).Replace("What's the story\n", $"What's the story\n{added}\n"));
        await Expect(page.Locator("article[data-digest]")).ToContainTextAsync(added, new() { Timeout = Patience });
        await page.WaitForFunctionAsync($"() => Math.abs(window.scrollY - {before}) < 2", null, new() { Timeout = 10_000 });
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_draft_shown_by_preview_drafts_carries_a_banner()
    {
        await using var preview = await RunningPreview.StartAsync(
            site => site.AddDigest("night-ferry.txt", PreviewEverydayTests.Draft),
            o => o with { Drafts = true });
        var context = await chromium.Browser.NewContextAsync();
        context.SetDefaultTimeout(Patience);
        var page = await context.NewPageAsync();
        await page.GotoAsync(preview.Session.Url + "digests/harbour-council-weighs-a-night-ferry/");
        await Expect(page.Locator("[data-digestsite-unpublished]")).ToContainTextAsync("Draft", new() { Timeout = Patience });
        await Expect(page.Locator("h1[data-title]")).ToHaveTextAsync("Harbour council weighs a night ferry");

        await page.GotoAsync(preview.Session.Url + preview.PageOf(RunningPreview.SeedTitle).TrimStart('/'));
        await page.WaitForFunctionAsync("() => window.digestsitePreview === 'connected'", null, new() { Timeout = Patience });
        await Expect(page.Locator("[data-digestsite-unpublished]")).ToHaveCountAsync(0);
        await context.CloseAsync();
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DigestSite.Tests.Preview;

/// <summary>End to end in a real headless Chromium: an open page follows the edits of its digest file by itself,
/// and a change that breaks the site shows the overlay while the server goes on answering.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class LiveReloadBrowserTests(ChromiumFixture chromium)
{
    private const float Patience = 60_000;
    private const string NewTitle = "Japan and India agree on a common front against terrorism";

    [Fact]
    public async Task The_open_seed_page_shows_the_new_title_after_the_file_is_edited()
    {
        await using var preview = await RunningPreview.StartAsync();
        var page = await OpenAsync(preview, preview.PageOf(RunningPreview.SeedTitle));
        await Expect(page.Locator("h1[data-title]")).ToHaveTextAsync(RunningPreview.SeedTitle);

        preview.RetitleSeed(NewTitle);

        await Expect(page.Locator("h1[data-title]")).ToHaveTextAsync(NewTitle, new() { Timeout = Patience });
        Assert.EndsWith(preview.PageOf(NewTitle), page.Url);
        await Expect(page.Locator("[data-digestsite-overlay]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_binary_file_dropped_into_input_shows_the_overlay_and_the_server_keeps_answering()
    {
        await using var preview = await RunningPreview.StartAsync();
        var path = preview.PageOf(RunningPreview.SeedTitle);
        var page = await OpenAsync(preview, path);

        var broken = Path.Combine(preview.Site.Input, "broken.txt");
        File.WriteAllBytes(broken, [0x00, 0x01, 0x02, 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]);

        var overlay = page.Locator("[data-digestsite-overlay]");
        await Expect(overlay).ToBeVisibleAsync(new() { Timeout = Patience });
        await Expect(overlay.Locator("[data-problem]").First).ToContainTextAsync("input/broken.txt");
        await Expect(page.Locator("h1[data-title]")).ToHaveTextAsync(RunningPreview.SeedTitle);
        var answer = await page.APIRequest.GetAsync(preview.Session.Url + path.TrimStart('/'));
        Assert.Equal(200, answer.Status);

        File.Delete(broken);
        await Expect(overlay).ToHaveCountAsync(0, new() { Timeout = Patience });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Removing_whats_the_story_shows_the_overlay_over_the_last_good_page()
    {
        await using var preview = await RunningPreview.StartAsync();
        var page = await OpenAsync(preview, preview.PageOf(RunningPreview.SeedTitle));
        var seed = File.ReadAllText(preview.SeedFile);

        File.WriteAllText(preview.SeedFile, seed.Replace("What's the story\n", ""));

        var overlay = page.Locator("[data-digestsite-overlay]");
        await Expect(overlay).ToContainTextAsync("What's the story", new() { Timeout = Patience });
        await Expect(overlay).ToContainTextAsync("last good site");
        await Expect(page.Locator("h1[data-title]")).ToHaveTextAsync(RunningPreview.SeedTitle);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsync(RunningPreview preview, string path)
    {
        var context = await chromium.Browser.NewContextAsync();
        context.SetDefaultTimeout(Patience);
        var page = await context.NewPageAsync();
        await page.GotoAsync(preview.Session.Url + path.TrimStart('/'));
        // Wait until the page is live, so that the edit that follows is announced to an open stream (a page that
        // connects late would catch up all the same, from the status it gets on connecting).
        await page.WaitForFunctionAsync("() => window.digestsitePreview === 'connected'", null, new() { Timeout = Patience });
        return page;
    }
}

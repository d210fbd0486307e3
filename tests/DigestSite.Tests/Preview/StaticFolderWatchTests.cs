using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DigestSite.Tests.Preview;

/// <summary>The preview watches the site's <c>static/</c> folder (copied to the site as it is): editing a
/// stylesheet or an image there reloads the open page with it, and a folder made while the preview runs is
/// watched from then on.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class StaticFolderWatchTests(ChromiumFixture chromium)
{
    private const float Patience = 60_000;

    private static void WriteStatic(RunningPreview preview, string path, string text)
    {
        var full = Path.Combine(preview.Site.Dir, "static", path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    [Fact]
    public async Task Editing_a_stylesheet_in_static_reloads_the_open_page_with_the_new_style()
    {
        await using var preview = await RunningPreview.StartAsync(site =>
        {
            site.WriteThemeFile("templates/partials/head-extra.sbn-html", "<link rel=\"stylesheet\" href=\"{{ site.base_path }}css/desk.css\">\n");
            Directory.CreateDirectory(Path.Combine(site.Dir, "static", "css"));
            File.WriteAllText(Path.Combine(site.Dir, "static", "css", "desk.css"), "h1[data-title] { color: rgb(1, 2, 3); }\n");
        });
        var context = await chromium.Browser.NewContextAsync();
        context.SetDefaultTimeout(Patience);
        var page = await context.NewPageAsync();
        await page.GotoAsync(preview.Session.Url + preview.PageOf(RunningPreview.SeedTitle).TrimStart('/'));
        await page.WaitForFunctionAsync("() => window.digestsitePreview === 'connected'", null, new() { Timeout = Patience });
        var title = page.Locator("h1[data-title]");
        await Expect(title).ToHaveCSSAsync("color", "rgb(1, 2, 3)");
        await page.EvaluateAsync("() => { window.beforeTheEdit = true; }");

        WriteStatic(preview, "css/desk.css", "h1[data-title] { color: rgb(4, 5, 6); }\n");

        await Expect(title).ToHaveCSSAsync("color", "rgb(4, 5, 6)", new() { Timeout = Patience });
        Assert.True(await page.EvaluateAsync<bool>("() => window.beforeTheEdit === undefined"), "the page was not reloaded");
        await context.CloseAsync();
    }

    [Fact]
    public async Task An_image_added_to_a_static_folder_made_while_the_preview_runs_is_served()
    {
        await using var preview = await RunningPreview.StartAsync();
        var before = preview.Session.Status.Version;
        Assert.False(Directory.Exists(Path.Combine(preview.Site.Dir, "static")));

        WriteStatic(preview, "files/dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n");
        var shown = await preview.WaitForStatusAsync(s => s.Version != before, "a build after static/ was made");
        Assert.Contains("width=\"1\"", await preview.Http.GetStringAsync("/files/dot.svg"));

        // Watched from then on: an edit inside the new folder is built and served too.
        WriteStatic(preview, "files/dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"/>\n");
        await preview.WaitForStatusAsync(s => s.Version != shown.Version, "a build after the image was edited");
        Assert.Contains("width=\"2\"", await preview.Http.GetStringAsync("/files/dot.svg"));
    }
}

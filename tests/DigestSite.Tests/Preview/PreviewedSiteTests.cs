using System.Net;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Preview;

/// <summary>The seed and the samples as the preview serves them: the built pages, with the build's own 404 page
/// for what is missing, and the base URL set to the preview's address.</summary>
public sealed class PreviewedSiteTests
{
    [Fact]
    public async Task The_site_is_served_with_its_own_404_page_and_the_previews_base_url()
    {
        await using var preview = await RunningPreview.StartAsync();
        var built404 = Path.Combine(preview.Session.OutputDir, "404.html");
        Assert.True(File.Exists(built404), "the build makes a 404.html");

        var missing = await preview.Http.GetAsync("digests/no-such-digest/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var body = await missing.Content.ReadAsStringAsync();
        Assert.StartsWith(File.ReadAllText(built404)[..200], body);
        Assert.Contains("/__digestsite/live-reload.js", body);

        var page = preview.PageOf(RunningPreview.SeedTitle);
        var html = Html.Parse(await preview.Http.GetStringAsync(page));
        Assert.Equal(preview.Session.Url + page.TrimStart('/'), html.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/$", preview.Session.Url);
    }
}

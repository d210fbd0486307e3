using System.Text.Json.Nodes;
using DigestSite.Tests.Outputs;
using DigestSite.Themes;

namespace DigestSite.Tests.Themes;

/// <summary>The theme as a reader gets it: the built site served by Kestrel and shown in Debian's headless
/// Chromium, on a phone and a desktop, in light, dark and print.</summary>
public sealed class ThemeInBrowserTests(ThemeSite fixture) : IClassFixture<ThemeSite>
{
    private static readonly string[] Pages =
        ["/", $"/digests/{ThemeSite.Middle}/", "/topics/ports/", "/topics/", "/archive/", "/archive/2026/10/", "/search/", "/404.html"];

    [Fact]
    public async Task On_a_phone_no_page_scrolls_sideways()
    {
        await using var server = await StaticSiteServer.StartAsync(fixture.Site.Output);
        await using var browser = await HeadlessChromium.StartAsync();
        await ViewportAsync(browser, 390, 844, mobile: true);
        foreach (var page in Pages)
        {
            await OpenAsync(browser, server, page);
            var overflow = (int)(await browser.EvaluateAsync("document.documentElement.scrollWidth - window.innerWidth"))!;
            Assert.True(overflow <= 0, $"{page} is {overflow}px wider than the phone");
        }
    }

    [Fact]
    public async Task The_dark_scheme_follows_the_readers_setting()
    {
        await using var server = await StaticSiteServer.StartAsync(fixture.Site.Output);
        await using var browser = await HeadlessChromium.StartAsync();
        const string luminance = """
            ((c) => { const [r, g, b] = c.match(/\d+/g).map(n => { const v = n / 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                      return 0.2126 * r + 0.7152 * g + 0.0722 * b; })
            """;
        foreach (var (scheme, dark) in new[] { ("light", false), ("dark", true) })
        {
            await browser.CommandAsync("Emulation.setEmulatedMedia", new JsonObject
            {
                ["features"] = new JsonArray(new JsonObject { ["name"] = "prefers-color-scheme", ["value"] = scheme }),
            });
            await OpenAsync(browser, server, $"/digests/{ThemeSite.Middle}/");
            var background = (double)(await browser.EvaluateAsync($"{luminance}(getComputedStyle(document.body).backgroundColor)"))!;
            var text = (double)(await browser.EvaluateAsync($"{luminance}(getComputedStyle(document.querySelector('[data-section] p:not([data-label])')).color)"))!;
            Assert.True(dark ? background < 0.05 && text > 0.6 : background > 0.9 && text < 0.05,
                $"{scheme}: background luminance {background:F3}, text {text:F3}");
        }
    }

    [Fact]
    public async Task Printing_keeps_the_article_and_drops_navigation()
    {
        await using var server = await StaticSiteServer.StartAsync(fixture.Site.Output);
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.CommandAsync("Emulation.setEmulatedMedia", new JsonObject { ["media"] = "print" });
        await OpenAsync(browser, server, $"/digests/{ThemeSite.Newest}/");
        string Display(string selector) => $"getComputedStyle(document.querySelector('{selector}')).display";
        foreach (var hidden in new[] { ".site-nav", ".site-footer", ".neighbours", ".related", ".skip-link" })
            Assert.Equal("none", (string?)await browser.EvaluateAsync(Display(hidden)));
        Assert.Equal("block", (string?)await browser.EvaluateAsync(Display("article[data-digest]")));
        // A printed page cannot be clicked: the source's address is printed after its link.
        Assert.Equal($"\" ({ThemeSite.Source})\"",
            (string?)await browser.EvaluateAsync("getComputedStyle(document.querySelector('.source a'), '::after').content"));
    }

    [Fact]
    public async Task On_a_desktop_a_digest_line_holds_about_65_to_75_characters()
    {
        await using var server = await StaticSiteServer.StartAsync(fixture.Site.Output);
        await using var browser = await HeadlessChromium.StartAsync();
        await ViewportAsync(browser, 1280, 900, mobile: false);
        await OpenAsync(browser, server, $"/digests/{ThemeSite.Middle}/");
        // Characters a line = the paragraph's length × the column's width ÷ the paragraph's width set on one line.
        var perLine = (double)(await browser.EvaluateAsync("""
            (() => {
              const p = document.querySelector('[data-section] p:not([data-label])');
              const line = document.createElement('span');
              line.style.whiteSpace = 'nowrap';
              line.textContent = p.textContent;
              const column = p.clientWidth;
              p.appendChild(line);
              const width = line.getBoundingClientRect().width;
              line.remove();
              return p.textContent.length * column / width;
            })()
            """))!;
        Assert.InRange(perLine, 60, 80);
    }

    [Fact]
    public async Task The_first_tab_shows_the_skip_link_with_a_focus_ring_and_it_moves_focus_to_main()
    {
        await using var server = await StaticSiteServer.StartAsync(fixture.Site.Output);
        await using var browser = await HeadlessChromium.StartAsync();
        await ViewportAsync(browser, 390, 844, mobile: true);
        await OpenAsync(browser, server, "/");
        Assert.True((bool)(await browser.EvaluateAsync("document.querySelector('.skip-link').getBoundingClientRect().bottom <= 0"))!,
            "the skip link shows before it has focus");

        await PressAsync(browser, "Tab", 9);
        Assert.Equal("skip-link", (string?)await browser.EvaluateAsync("document.activeElement.className"));
        Assert.True((bool)(await browser.EvaluateAsync("(r => r.top >= 0 && r.bottom <= innerHeight)(document.activeElement.getBoundingClientRect())"))!,
            "the focused skip link is not on screen");
        Assert.Equal("solid 3px", (string?)await browser.EvaluateAsync("(s => s.outlineStyle + ' ' + s.outlineWidth)(getComputedStyle(document.activeElement))"));

        await PressAsync(browser, "Enter", 13);
        await browser.WaitForAsync("document.activeElement && document.activeElement.id === 'main'");
    }

    [Fact]
    public async Task Search_results_show_dates_the_way_the_pages_do()
    {
        await using var server = await StaticSiteServer.StartAsync(fixture.Site.Output);
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.NavigateAsync(server.Root + "/search/?q=cranes");
        await browser.WaitForAsync("document.querySelectorAll('[data-search-results] li').length === 1");
        Assert.Equal("20 November 2026", (string?)await browser.EvaluateAsync("document.querySelector('[data-search-results] time').textContent"));
        Assert.Equal("2026-11-20T00:00:00+00:00", (string?)await browser.EvaluateAsync("document.querySelector('[data-search-results] time').getAttribute('datetime')"));
    }

    private static Task ViewportAsync(HeadlessChromium browser, int width, int height, bool mobile) =>
        browser.CommandAsync("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = mobile,
        });

    /// <summary>Navigates and waits until the page and its stylesheet are in (the site title is set in a serif).</summary>
    private static async Task OpenAsync(HeadlessChromium browser, StaticSiteServer server, string path)
    {
        await browser.NavigateAsync(server.Root + path);
        await browser.WaitForAsync($"location.pathname === '{path}' && document.readyState === 'complete' && " +
                                   "/Georgia/.test(getComputedStyle(document.querySelector('.site-title')).fontFamily)");
    }

    private static async Task PressAsync(HeadlessChromium browser, string key, int code)
    {
        foreach (var type in new[] { "keyDown", "keyUp" })
        {
            var e = new JsonObject { ["type"] = type, ["key"] = key, ["code"] = key, ["windowsVirtualKeyCode"] = code };
            if (type == "keyDown" && key == "Enter") e["text"] = "\r"; // Enter follows a link only with its text
            await browser.CommandAsync("Input.dispatchKeyEvent", e);
        }
    }
}

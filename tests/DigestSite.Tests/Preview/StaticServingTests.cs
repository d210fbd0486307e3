using System.Net;
using DigestSite.Preview.LiveReload;
using DigestSite.Preview.Serving;

namespace DigestSite.Tests.Preview;

/// <summary>The preview's file serving on a real Kestrel, over an output folder written by hand: pretty URLs,
/// 404s, content types, caching, and paths that try to leave the folder.</summary>
public sealed class StaticServingTests : IAsyncLifetime
{
    private const string Secret = "SECRET-OUTSIDE-THE-OUTPUT-FOLDER";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "digestsite-serving-" + Guid.NewGuid().ToString("N")[..12]);
    private string Output => Path.Combine(_dir, "site");
    private PreviewServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        Write("../secret.txt", Secret);
        Write("index.html", "<!DOCTYPE html><html><head><title>Home</title></head><body><h1>Home</h1></body></html>");
        Write("digests/kenya-geothermal/index.html", "<!DOCTYPE html><html><body><h1 data-title>Kenya geothermal</h1></body></html>");
        Write("404.html", "<!DOCTYPE html><html><body><h1>Our own not-found page</h1></body></html>");
        Write("assets/style.css", "body { color: black; }");
        Write("assets/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Write("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"/>");
        Write("feed.json", "{\"version\":\"https://jsonfeed.org/version/1.1\"}");
        Write("robots.txt", "User-agent: *");
        Write(".digestsite-manifest", "index.html");
        File.CreateSymbolicLink(Path.Combine(Output, "linked.txt"), Path.Combine(_dir, "secret.txt"));

        var handler = new SiteRequestHandler(new OutputPaths(Output), new ReaderWriterLockSlim(), () => "test-1");
        ListenAddress.TryParse("127.0.0.1", out var address, out _);
        _server = await PreviewServer.StartAsync(address, 0, handler, new ReloadHub(PreviewStatus.Initial));
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{_server.Port}/") };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.StopAsync();
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Pretty_urls_serve_the_folder_index_and_redirect_to_the_slash()
    {
        var page = await _http.GetAsync("digests/kenya-geothermal/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Kenya geothermal", await page.Content.ReadAsStringAsync());

        var home = await _http.GetAsync("");
        Assert.Contains("<h1>Home</h1>", await home.Content.ReadAsStringAsync());

        var bare = await _http.GetAsync("digests/kenya-geothermal?x=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/digests/kenya-geothermal/?x=1", bare.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_missing_page_gets_the_sites_404_page_with_status_404()
    {
        foreach (var path in new[] { "digests/nothing-here/", "nope.html", "digests/kenya-geothermal/extra" })
        {
            var response = await _http.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("Our own not-found page", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Without_a_404_page_a_plain_one_is_sent()
    {
        File.Delete(Path.Combine(Output, "404.html"));
        var response = await _http.GetAsync("nope/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("", "text/html; charset=utf-8")]
    [InlineData("assets/style.css", "text/css; charset=utf-8")]
    [InlineData("assets/favicon.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("feed.xml", "application/xml; charset=utf-8")]
    [InlineData("feed.json", "application/json; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("__digestsite/live-reload.js", "text/javascript; charset=utf-8")]
    public async Task Files_have_their_content_type_and_are_never_cached_stale(string path, string type)
    {
        var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Html_answers_carry_the_live_reload_script_other_files_and_the_folder_do_not()
    {
        var html = await _http.GetStringAsync("digests/kenya-geothermal/");
        Assert.Contains($"<script src=\"{LiveReloadScript.Path}\" data-version=\"test-1\"></script></body>", html);
        Assert.DoesNotContain("__digestsite", await _http.GetStringAsync("assets/style.css"));
        Assert.DoesNotContain("__digestsite", File.ReadAllText(Path.Combine(Output, "digests/kenya-geothermal/index.html")));
    }

    [Fact]
    public async Task Head_sends_no_body_and_other_methods_are_refused()
    {
        var head = await RawResponse.SendAsync(_server.Port, "/digests/kenya-geothermal/", "HEAD");
        Assert.Equal(200, head.Status);
        Assert.Equal("", head.Body);
        var post = await _http.PostAsync("index.html", new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Theory]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/../secret.txt")]
    [InlineData("/digests/../../secret.txt")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%2E%2E%2F%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2f..%2f..%2fetc/passwd")]
    [InlineData("/..%5c..%5csecret.txt")]
    [InlineData("/.%2e/secret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/%c0%ae%c0%ae/secret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/%2fetc%2fpasswd")]
    [InlineData("http://127.0.0.1/../secret.txt")]
    [InlineData("/linked.txt")]
    [InlineData("/.digestsite-manifest")]
    public async Task Paths_that_leave_the_output_folder_get_no_file(string target)
    {
        var response = await RawResponse.SendAsync(_server.Port, target);
        Assert.True(response.Status is 400 or 404, $"{target} answered {response.Status}");
        Assert.DoesNotContain(Secret, response.Body);
        Assert.DoesNotContain("root:", response.Body);
        Assert.DoesNotContain("index.html", response.Body); // the manifest's text
    }

    [Fact]
    public async Task A_port_in_use_is_a_clear_error()
    {
        ListenAddress.TryParse("127.0.0.1", out var address, out _);
        var handler = new SiteRequestHandler(new OutputPaths(Output), new ReaderWriterLockSlim(), () => "x");
        var e = await Assert.ThrowsAsync<PreviewStartException>(() =>
            PreviewServer.StartAsync(address, _server.Port, handler, new ReloadHub(PreviewStatus.Initial)));
        Assert.Contains($"port {_server.Port} is already in use", e.Message);
    }

    private void Write(string relative, string text)
    {
        var path = Path.GetFullPath(Path.Combine(Output, relative));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}

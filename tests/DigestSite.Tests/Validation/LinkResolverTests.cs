using DigestSite.Site;
using DigestSite.Validation;

namespace DigestSite.Tests.Validation;

/// <summary>Links resolve as a browser would resolve them against the page's served URL.</summary>
public sealed class LinkResolverTests
{
    private static LinkTarget Resolve(string href, string page = "digests/a/index.html", string baseUrl = "https://example.org/") =>
        new LinkResolver(new Routes(baseUrl)).Resolve(href, page);

    [Theory]
    [InlineData("/topics/", "topics/index.html")]
    [InlineData("/", "index.html")]
    [InlineData("/assets/style.css", "assets/style.css")]
    [InlineData("../../topics/", "topics/index.html")]
    [InlineData("../b/", "digests/b/index.html")]
    [InlineData("./", "digests/a/index.html")]
    [InlineData(".", "digests/a/index.html")]
    [InlineData("..", "digests/index.html")]
    [InlineData("img.png", "digests/a/img.png")]
    [InlineData("../../../../topics/", "topics/index.html")] // ".." stops at the root, as in a browser
    [InlineData("/topics/./x/../", "topics/index.html")]
    [InlineData("https://example.org/topics/?page=2", "topics/index.html")]
    [InlineData("http://EXAMPLE.org/topics/", "topics/index.html")]
    [InlineData("//example.org/topics/", "topics/index.html")]
    [InlineData("/digests/caf%C3%A9/", "digests/café/index.html")]
    [InlineData("  /topics/\n", "topics/index.html")]
    public void Internal_links_become_output_paths(string href, string path)
    {
        var target = Resolve(href);
        Assert.Equal(LinkKind.Internal, target.Kind);
        Assert.Equal(path, target.Path);
    }

    [Theory]
    [InlineData("#x", "digests/a/index.html", "x")]
    [InlineData("?q=1#x", "digests/a/index.html", "x")]
    [InlineData("/topics/#a%20b", "topics/index.html", "a b")]
    [InlineData("../../#main", "index.html", "main")]
    public void Fragments_are_kept_and_decoded(string href, string path, string fragment)
    {
        var target = Resolve(href);
        Assert.Equal((LinkKind.Internal, path, fragment), (target.Kind, target.Path, target.Fragment));
    }

    [Theory]
    [InlineData("https://other.org/topics/")]
    [InlineData("https://example.org:8443/topics/")]
    [InlineData("//cdn.example.net/lib.js")]
    [InlineData("mailto:desk@example.org")]
    [InlineData("tel:+441234")]
    [InlineData("javascript:void(0)")]
    [InlineData("data:image/png;base64,AAAA")]
    public void Other_hosts_and_schemes_are_external(string href) =>
        Assert.Equal(LinkKind.External, Resolve(href).Kind);

    [Fact]
    public void Empty_href_is_empty() => Assert.Equal(LinkKind.Empty, Resolve(" ").Kind);

    [Theory]
    [InlineData("/news/topics/", "topics/index.html")]
    [InlineData("/news/", "index.html")]
    [InlineData("/news", "index.html")]
    [InlineData("../../topics/", "topics/index.html")]
    [InlineData("https://user.github.io/news/digests/b/", "digests/b/index.html")]
    public void Base_url_with_a_path(string href, string path)
    {
        var target = Resolve(href, baseUrl: "https://user.github.io/news/");
        Assert.Equal((LinkKind.Internal, path), (target.Kind, target.Path));
    }

    [Theory]
    [InlineData("/topics/")]
    [InlineData("/")]
    [InlineData("../../../topics/")] // climbs out of /news/
    [InlineData("https://user.github.io/other/")]
    [InlineData("/newsroom/")]
    public void Links_that_leave_the_base_path(string href) =>
        Assert.Equal(LinkKind.OutsideBasePath, Resolve(href, baseUrl: "https://user.github.io/news/").Kind);
}

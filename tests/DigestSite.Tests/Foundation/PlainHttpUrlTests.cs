using DigestSite.Configuration;

namespace DigestSite.Tests.Foundation;

/// <summary>The shortcut that spares a build System.Uri for a common base URL must never accept what Uri would
/// refuse as an absolute http(s) URL: statiq.yml's check would then let a bad base URL through.</summary>
public class PlainHttpUrlTests
{
    [Theory]
    [InlineData("http://localhost:5080/")]
    [InlineData("https://user.github.io/news/")]
    [InlineData("https://example.org")]
    [InlineData("http://News-Site.example.com:8080/a/b_c~d.e-f/")]
    public void Common_base_urls_are_taken_without_uri(string url)
    {
        Assert.True(PlainHttpUrl.Is(url));
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out _));
    }

    [Theory]
    [InlineData("HTTP://example.org/")]
    [InlineData("ftp://example.org/")]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://xn--bcher-kva.example/")]
    [InlineData("http://example.org:0/")]
    [InlineData("http://example.org:65536/")]
    [InlineData("http://example.org:/")]
    [InlineData("http://-example.org/")]
    [InlineData("http://example-.org/")]
    [InlineData("http://example..org/")]
    [InlineData("http://example.org./")]
    [InlineData("http://user@example.org/")]
    [InlineData("http://example.org/a?b=c")]
    [InlineData("http://example.org/a#b")]
    [InlineData("http://example.org/a%20b")]
    [InlineData("http://example.org/a b")]
    [InlineData("http://exämple.org/")]
    [InlineData("http:///a")]
    [InlineData("http://")]
    public void Anything_else_is_left_to_uri(string url) => Assert.False(PlainHttpUrl.Is(url));

    [Fact]
    public void Every_url_taken_is_one_uri_takes_as_absolute_http()
    {
        var random = new Random(8);
        const string chars = "abcXYZ019-._~:/@?#%é [";
        var taken = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var url = (random.Next(2) == 0 ? "http://" : "https://") + Part(random, chars, 12);
            if (random.Next(3) == 0) url += ":" + random.Next(0, 70_000);
            if (random.Next(2) == 0) url += "/" + Part(random, chars, 10);
            if (!PlainHttpUrl.Is(url)) continue;
            taken++;
            Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", url);
        }
        Assert.True(taken > 1000, $"only {taken} URLs were of the plain shape: the test checks too little");
    }

    [Fact]
    public void A_base_url_is_checked_as_before()
    {
        Assert.Equal("https://example.org/news/", ConfigLoader.Parse("site:\n  baseUrl: https://example.org/news", "statiq.yml").Site.BaseUrl);
        Assert.Equal("http://127.0.0.1:8080/", ConfigLoader.Parse("site:\n  baseUrl: http://127.0.0.1:8080", "statiq.yml").Site.BaseUrl);
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("site:\n  baseUrl: example.org/news", "statiq.yml"));
        Assert.Contains("must be an absolute http(s) URL", e.Message);
        Assert.Throws<ConfigException>(() => ConfigLoader.Parse("site:\n  baseUrl: ftp://example.org/", "statiq.yml"));
    }

    private static string Part(Random random, string chars, int maxLength)
    {
        var length = random.Next(0, maxLength + 1);
        var part = new char[length];
        for (var i = 0; i < length; i++)
            // Mostly letters and dots, so that many come out as host names.
            part[i] = random.Next(4) == 0 ? chars[random.Next(chars.Length)] : random.Next(6) == 0 ? '.' : (char)('a' + random.Next(26));
        return new string(part);
    }
}

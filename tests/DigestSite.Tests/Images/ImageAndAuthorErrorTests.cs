using DigestSite.Build;
using DigestSite.Diagnostics;
using DigestSite.Tests.Support;
using Xunit;

namespace DigestSite.Tests.Images;

/// <summary>A lead image that is missing, or has no alternative text, is an error on its line; the digest is
/// published without it, and no page refers to it.</summary>
public sealed class ImageAndAuthorErrorTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private static string Digest(string title, params string[] frontMatter) => string.Join("\n",
        ["---", "date: 2026-11-20", .. frontMatter, "---", title, "What's the story", "A sentence of the story for this digest, long enough.", ""]);

    [Fact]
    public void A_missing_image_and_a_missing_alt_are_errors_on_their_lines()
    {
        _site.AddDigest("missing.txt", Digest("A missing picture", "image: photos/nowhere.jpg", "imageAlt: \"Nothing\""));
        _site.AddDigest("noalt.txt", Digest("A picture without words", "topics: [Ports]", "image: https://cdn.example/a.jpg"));
        _site.AddDigest("outside.txt", Digest("A path out of the site", "image: ../../../etc/passwd", "imageAlt: \"x\""));
        var result = _site.Build();

        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Contains(errors, d => d.Path == "input/missing.txt" && d.Line == 3 && d.Message.Contains("not found"));
        Assert.Contains(errors, d => d.Path == "input/noalt.txt" && d.Line == 4 && d.Message.Contains("imageAlt"));
        Assert.Contains(errors, d => d.Path == "input/outside.txt" && d.Line == 3 && d.Message.Contains("not found"));
        Assert.Equal(ExitCodes.Failed, result.ExitCode);
        Assert.Equal(3, result.Stats.Digests); // each digest is published, without its image
        foreach (var page in Directory.GetFiles(Path.Combine(_site.Output, "digests"), "index.html", SearchOption.AllDirectories))
        {
            var doc = Html.Parse(File.ReadAllText(page));
            Assert.Null(doc.QuerySelector("figure"));
            Assert.Null(doc.QuerySelector("meta[property='og:image']"));
        }
    }

    [Fact]
    public void An_authors_url_must_be_safe()
    {
        File.WriteAllText(Path.Combine(_site.Dir, "statiq.yml"), "authors:\n  a:\n    name: A\n    url: \"javascript:alert(1)\"\n");
        var e = Assert.Throws<DigestSite.Configuration.ConfigException>(() => _site.Build());
        Assert.Equal(4, e.Line);
    }
}

using DigestSite.Tests.EndToEnd;
using DigestSite.Tests.Support;
using SkiaSharp;
using Xunit;

namespace DigestSite.Tests.Images;

/// <summary>Lead images across builds: a rebuild with nothing changed writes the same files; a new picture
/// under the same file name gives new copies, a page that shows them, and the old copies are removed; resized
/// copies are kept in the build cache by content.</summary>
public sealed class ImageRebuildTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_new_picture_under_the_same_name_reaches_the_page_and_the_old_copies_go()
    {
        var photo = Path.Combine(_site.Input, "photo.jpg");
        NewsroomSite.WriteImage(photo, 1200, 800, SKEncodedImageFormat.Jpeg);
        _site.AddDigest("2026-11-20-harbour.txt", string.Join("\n", "---", "image: photo.jpg", "imageAlt: \"The harbour\"", "---",
            "Harbour cranes return after repairs", "What's the story", "The cranes are back at work after a winter of repairs.", ""));
        const string page = "digests/harbour-cranes-return-after-repairs/index.html";

        var first = _site.Build();
        Assert.True(first.Errors == 0, string.Join("\n", first.Diagnostics));
        var before = Html.Parse(_site.ReadOutput(page)).QuerySelector("figure img")!.GetAttribute("srcset")!;
        var cached = Directory.GetFiles(Path.Combine(_site.Dir, ".digestsite", "cache", "images"));
        Assert.Equal(2, cached.Length); // 480 and 960; the full-size copy is the file itself

        var again = _site.Build();
        Assert.Equal(0, again.Stats.Written);

        using (var bitmap = new SKBitmap(1000, 1000))
        {
            bitmap.Erase(SKColors.Teal);
            using var image = SKImage.FromBitmap(bitmap);
            File.WriteAllBytes(photo, image.Encode(SKEncodedImageFormat.Jpeg, 80).ToArray());
        }
        var rebuilt = _site.Build();
        Assert.True(rebuilt.Errors == 0, string.Join("\n", rebuilt.Diagnostics));
        var img = Html.Parse(_site.ReadOutput(page)).QuerySelector("figure img")!;
        Assert.NotEqual(before, img.GetAttribute("srcset"));
        Assert.Equal("1000", img.GetAttribute("height"));
        var images = Directory.GetFiles(Path.Combine(_site.Output, "images")).Select(Path.GetFileName).ToList();
        Assert.Equal(3, images.Count); // 480, 960 and full size of the new picture only
        Assert.All(img.GetAttribute("srcset")!.Split(", "), c => Assert.Contains(c.Split(' ')[0].Split('/')[^1], images));
    }
}

using DigestSite.Caching;
using DigestSite.Diagnostics;
using DigestSite.Reading;

namespace DigestSite.Tests.Hostile;

/// <summary>A digest that was listed but cannot be read (removed before the read, no permission, a disk error)
/// is an error naming the file, not a crash of the build.</summary>
public class UnreadableInputTests
{
    [Fact]
    public void A_file_gone_between_listing_and_reading_is_an_error_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "digestsite-gone-" + Guid.NewGuid().ToString("N") + ".txt");
        var cache = new InputCache(new Dictionary<string, CachedInput>());

        var load = cache.Read(new DigestInput(missing, "input/gone.txt", 120, DateTime.UtcNow.Ticks));
        var result = cache.Parse(load);

        Assert.False(result.Ok);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("input/gone.txt", Severity.Error), (error.Path, error.Severity));
        Assert.Contains("could not be read", error.Message);
    }
}

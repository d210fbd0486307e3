using DigestSite.Caching;
using DigestSite.Diagnostics;
using DigestSite.Reading;

namespace DigestSite.Tests.Reading;

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

    [Fact]
    public void Inspect_does_not_read_a_FIFO()
    {
        var fifo = Path.Combine(Path.GetTempPath(), "digestsite-fifo-" + Guid.NewGuid().ToString("N") + ".txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        try
        {
            var inspect = Task.Run(() => DigestSite.Inspection.DigestReport.For([fifo], DigestSite.Configuration.SiteConfig.Default));
            Assert.True(inspect.Wait(TimeSpan.FromSeconds(30)), "inspect blocked on a FIFO");
            var report = Assert.Single(inspect.Result);
            Assert.Null(report.Title);
            Assert.Contains(report.Diagnostics, d => d.Message.Contains("not a regular file"));
        }
        finally
        {
            File.Delete(fifo);
        }
    }
}

using DigestSite.Files;
using DigestSite.Tests.Cli;
using DigestSite.Writing;

namespace DigestSite.Tests.Writing;

/// <summary>The one path guard and the real paths it compares, on real folders and links.</summary>
public sealed class PlaceGuardTests : IDisposable
{
    private readonly TempDir _dir = new();
    private string Site => _dir["site"];

    public PlaceGuardTests()
    {
        Directory.CreateDirectory(Path.Combine(Site, "input"));
        Directory.CreateDirectory(Path.Combine(Site, "theme"));
    }

    public void Dispose() => _dir.Dispose();

    private string? Refusal(string destination) =>
        PlaceGuard.Refusal(destination, Site, Path.Combine(Site, "input"), Path.Combine(Site, "theme"), "--to");

    [Fact]
    public void A_real_path_follows_links_before_dot_dot_as_the_kernel_does()
    {
        Directory.CreateDirectory(_dir["a/b/c"]);
        File.CreateSymbolicLink(_dir["link"], _dir["a/b/c"]);

        Assert.Equal(_dir["a/b"], RealPath.Resolve(_dir["link/.."])); // not the temp folder, as a string would say
        Assert.Equal(_dir["a/b/c/not/yet"], RealPath.Resolve(_dir["link/not/yet"]));
        File.CreateSymbolicLink(_dir["loop"], "loop");
        Assert.Throws<IOException>(() => RealPath.Resolve(_dir["loop/x"]));
    }

    [Fact]
    public void Protected_folders_are_refused_through_links_and_when_contained()
    {
        File.CreateSymbolicLink(_dir["alias"], Site);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        Assert.Contains("input", Refusal(_dir["alias/input"]));
        Assert.Contains("input", Refusal(_dir["alias/input/sub"]));
        Assert.Contains("the site folder", Refusal(_dir["alias"]));
        Assert.Contains("contains", Refusal(_dir.Path));                     // around the site
        Assert.NotNull(Refusal(Path.GetDirectoryName(home) ?? "/"));        // around the home folder
        Assert.NotNull(Refusal(home));
        Assert.NotNull(Refusal("/"));
        Assert.NotNull(Refusal(Path.GetTempPath()));
        Assert.NotNull(Refusal(Directory.GetCurrentDirectory()));
    }

    [Fact]
    public void Ordinary_destinations_are_accepted()
    {
        Assert.Null(Refusal(Path.Combine(Site, "output")));
        Assert.Null(Refusal(_dir["www/news"]));
        File.CreateSymbolicLink(_dir["served"], _dir.Path);
        Assert.Null(Refusal(_dir["served/www"])); // a link on the way is fine when where it leads is
    }
}

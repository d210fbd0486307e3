using DigestSite.Build;
using DigestSite.Caching;
using DigestSite.Tests.Cli;

namespace DigestSite.Tests.Caching;

public class CacheKeysTests
{
    [Fact]
    public void The_path_set_key_does_not_depend_on_the_order_of_the_paths()
    {
        string[] sorted = ["a.html", "b/index.html", "b/x.html", "feed.xml"];
        var key = CacheKeys.PathSet(sorted);
        Assert.Equal(key, CacheKeys.PathSet(["feed.xml", "b/x.html", "a.html", "b/index.html"]));
        Assert.NotEqual(key, CacheKeys.PathSet(["a.html", "b/index.html", "b/x.html"]));
        Assert.NotEqual(key, CacheKeys.PathSet(["a.htmlb/index.html", "b/x.html", "feed.xml"]));
    }

    [Fact]
    public void A_cache_file_is_named_for_its_output_folder_and_base_url()
    {
        var name = CacheKeys.FileName("/site/output", "https://example.org/");
        Assert.Matches("^[0-9a-f]{32}$", name);
        Assert.Equal(name, CacheKeys.FileName("/site/output", "https://example.org/"));
        Assert.NotEqual(name, CacheKeys.FileName("/site/public", "https://example.org/"));
        Assert.NotEqual(name, CacheKeys.FileName("/site/output", "http://localhost:5080/"));
    }

    [Fact]
    public void The_validity_key_changes_with_the_settings_and_statiq_yml()
    {
        using var dir = new TempDir();
        var config = dir["statiq.yml"];
        File.WriteAllText(config, "pageSize: 5\n");
        var options = new BuildOptions { SiteDir = dir.Path }.CacheSettings;
        var key = CacheKeys.Validity(config, "https://example.org/", options);
        Assert.Equal(CacheKeys.ValidityLength, key.Length);
        Assert.Equal(key, CacheKeys.Validity(config, "https://example.org/", options));
        Assert.NotEqual(key, CacheKeys.Validity(config, "https://example.org/news/", options));
        Assert.NotEqual(key, CacheKeys.Validity(config, "https://example.org/", options with { Drafts = true }));
        Assert.NotEqual(key, CacheKeys.Validity(config, "https://example.org/", options with { Future = true }));
        File.WriteAllText(config, "pageSize: 6\n");
        Assert.NotEqual(key, CacheKeys.Validity(config, "https://example.org/", options));
        Assert.NotEqual(key, CacheKeys.Validity(dir["none.yml"], "https://example.org/", options));
    }
}

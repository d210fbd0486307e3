using DigestSite.Configuration;

namespace DigestSite.Tests.Configuration;

public class ConfigTests
{
    [Fact]
    public void Empty_file_gives_the_contract_defaults()
    {
        var c = ConfigLoader.Parse("", "statiq.yml");
        Assert.Equal("News Digest", c.Site.Title);
        Assert.Equal("http://localhost:5080/", c.Site.BaseUrl);
        Assert.Equal("en", c.Site.Language);
        Assert.Equal("UTC", c.Site.Timezone);
        Assert.Equal("output", c.Paths.Output);
        Assert.Equal(20, c.PageSize);
        Assert.True(c.Topics.Auto);
        Assert.Equal(50, c.Feeds.Items);
        Assert.Equal(FailOn.Error, c.Validation.FailOn);
        Assert.True(c.Validation.CheckLinks);
    }

    [Fact]
    public void Known_keys_are_read_with_their_types()
    {
        var yaml = """
            site:
              title: "Harbour News"
              baseUrl: https://user.github.io/news
              timezone: Europe/Oslo
            pageSize: 5
            topics:
              aliases:
                "United States": [US, USA]
              exclude: [Weather]
            validation:
              failOn: warning
            """;
        var c = ConfigLoader.Parse(yaml, "statiq.yml");
        Assert.Equal("Harbour News", c.Site.Title);
        Assert.Equal("https://user.github.io/news/", c.Site.BaseUrl);
        Assert.Equal("Europe/Oslo", c.Site.Timezone);
        Assert.Equal(5, c.PageSize);
        Assert.Equal(["US", "USA"], c.Topics.Aliases["United States"]);
        Assert.Equal(["Weather"], c.Topics.Exclude);
        Assert.Equal(FailOn.Warning, c.Validation.FailOn);
    }

    [Theory]
    [InlineData("site:\n  title: x\n  colour: red\n", 3, "site.colour")]
    [InlineData("pageSize: 10\nthemes: dark\n", 2, "themes")]
    [InlineData("site:\n  title: x\npageSize: many\n", 3, "pageSize")]
    [InlineData("feeds:\n  items: -3\n", 2, "feeds.items")]
    [InlineData("topics:\n  auto: maybe\n", 2, "topics.auto")]
    [InlineData("validation:\n  failOn: sometimes\n", 2, "validation.failOn")]
    [InlineData("site:\n  baseUrl: not-a-url\n", 2, "site.baseUrl")]
    [InlineData("site: [1, 2]\n", 1, "site")]
    public void Unknown_keys_and_wrong_types_name_the_key_and_its_line(string yaml, int line, string key)
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "statiq.yml"));
        Assert.Equal(line, e.Line);
        Assert.Contains($"'{key}'", e.Message);
        Assert.StartsWith($"statiq.yml:{line}: error:", e.Message);
    }

    [Fact]
    public void Invalid_yaml_is_a_config_error_with_a_line()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("site:\n  title: \"unclosed\n", "statiq.yml"));
        Assert.True(e.Line >= 2);
    }

    [Fact]
    public void The_cli_exits_2_on_a_config_error()
    {
        using var site = new Support.TempSite("site:\n  titel: typo\n");
        var code = global::DigestSite.Cli.Program.Main(["build", site.Dir]);
        Assert.Equal(2, code);
        Assert.False(Directory.Exists(site.Output));
    }
}

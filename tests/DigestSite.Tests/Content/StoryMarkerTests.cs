using DigestSite.Configuration;
using DigestSite.Content;
using DigestSite.Tests.Content;
using Xunit;

namespace DigestSite.Tests.Content;

/// <summary>The story marker in the site's language: a digest opened by the French marker parses exactly like
/// its English twin; content.storyMarkers replaces the defaults.</summary>
public class StoryMarkerTests
{
    private static Digest ParseWith(string[] lines, StoryMarkers markers) =>
        DigestParser.Parse(System.Text.Encoding.UTF8.GetBytes(DigestText.Lines(lines)), "input/a.txt", ".txt", markers).Digest
        ?? throw new Xunit.Sdk.XunitException("the digest did not parse");

    [Theory]
    [InlineData("fr", "L'essentiel")]
    [InlineData("fr", "L’essentiel :")]
    [InlineData("de", "Worum es geht")]
    [InlineData("es", "Qué pasó")]
    [InlineData("pt", "O que aconteceu")]
    public void A_digest_with_the_languages_marker_parses_exactly_like_its_english_twin(string language, string marker)
    {
        var config = SiteConfig.Default with { Site = new SiteSettings { Language = language } };
        var english = ParseWith(DigestText.Standard, StoryMarkers.Default);
        var localLines = DigestText.Standard.ToArray();
        localLines[1] = marker;
        var local = ParseWith(localLines, StoryMarkers.For(config.Site.Language, config.Content.StoryMarkers));

        Assert.Equal(english.Title, local.Title);
        Assert.Equal(english.Sections.Length, local.Sections.Length);
        for (var i = 0; i < english.Sections.Length; i++)
        {
            Assert.Equal(english.Sections[i].Label, local.Sections[i].Label);
            Assert.Equal(english.Sections[i].Headline, local.Sections[i].Headline);
            Assert.Equal(string.Join("|", english.Sections[i].Paragraphs), string.Join("|", local.Sections[i].Paragraphs));
            Assert.Equal(english.Sections[i].Line, local.Sections[i].Line);
        }
        // English stays accepted on a French site, so a site can change language without editing every digest.
        Assert.Equal(english.Sections.Length, ParseWith(DigestText.Standard, StoryMarkers.For(config.Site.Language, config.Content.StoryMarkers)).Sections.Length);
    }

    [Fact]
    public void Configured_markers_replace_the_defaults()
    {
        var config = SiteConfig.Default with { Content = new ContentSettings { StoryMarkers = ["En bref"] } };
        var lines = DigestText.Standard.ToArray();
        lines[1] = "En bref";
        Assert.Equal(3, ParseWith(lines, StoryMarkers.For(config.Site.Language, config.Content.StoryMarkers)).Sections.Length);

        var result = DigestParser.Parse(System.Text.Encoding.UTF8.GetBytes(DigestText.Lines(DigestText.Standard)), "input/a.txt", ".txt", StoryMarkers.For(config.Site.Language, config.Content.StoryMarkers));
        Assert.Null(result.Digest);
        Assert.Contains(result.Diagnostics, d => d.Line == 2);
    }

    [Fact]
    public void An_english_site_does_not_take_the_french_marker()
    {
        var lines = DigestText.Standard.ToArray();
        lines[1] = "L'essentiel";
        var result = DigestParser.Parse(System.Text.Encoding.UTF8.GetBytes(DigestText.Lines(lines)), "input/a.txt", ".txt");
        Assert.Null(result.Digest);
    }

    [Fact]
    public void Story_markers_come_from_statiq_yml()
    {
        var config = ConfigLoader.Parse("site:\n  language: de\ncontent:\n  storyMarkers: [\"Kurz gesagt\", \"Worum es geht\"]\n", "statiq.yml");
        Assert.Equal(["Kurz gesagt", "Worum es geht"], config.Content.StoryMarkers);
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("content:\n  markers: [x]\n", "statiq.yml"));
        Assert.Equal(2, e.Line);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using DigestSite.Tests.Support;
using DigestSite.Themes;

namespace DigestSite.Tests.Themes;

/// <summary>The built-in stylesheet: a dark scheme, a print style, visible focus, nothing fetched from elsewhere,
/// and colour pairs that meet WCAG AA in both schemes.</summary>
public sealed partial class StylesheetTests
{
    private static readonly string Css = File.ReadAllText(Path.Combine(Repo.Root, "theme", "assets", "style.css"));

    [Fact]
    public void It_has_a_dark_scheme_and_a_print_style()
    {
        Assert.Contains("@media (prefers-color-scheme: dark)", Css);
        Assert.Contains("@media print", Css);
        Assert.Contains("color-scheme: light dark", Css);
        // The print style drops navigation and keeps the article.
        var print = Block("@media print");
        Assert.Contains(".site-nav", print);
        Assert.Contains("display: none", print);
    }

    [Fact]
    public void Focus_is_visible_and_the_skip_link_appears_on_focus()
    {
        Assert.Matches(@":focus-visible\s*\{[^}]*outline:\s*3px solid", Css);
        Assert.Matches(@"\.skip-link:focus\s*\{[^}]*top:\s*0\.5rem", Css);
        Assert.DoesNotMatch(@"outline:\s*(none|0)[^}]*\}", Css.Replace("main:focus { outline: none; }", ""));
    }

    [Fact]
    public void Nothing_is_fetched_from_elsewhere_and_no_web_fonts_are_loaded()
    {
        Assert.DoesNotContain("@import", Css);
        Assert.DoesNotContain("@font-face", Css);
        Assert.DoesNotMatch(@"url\(", Css);
    }

    [Fact]
    public void Reading_columns_are_about_65_to_75_characters_wide()
    {
        // Running text averages about half an em a character (the browser test measures the real lines).
        var measure = Regex.Match(Css, @"--measure:\s*(\d+)em");
        Assert.True(measure.Success, "no --measure in em");
        Assert.InRange(int.Parse(measure.Groups[1].Value, CultureInfo.InvariantCulture) * 2, 65, 75);
        Assert.Matches(@"\.digest, \.related, \.neighbours \{ max-width: var\(--measure\)", Css);
        Assert.Matches(@"font: 1\.0625rem/1\.6 ", Css); // body line height
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public void Text_colours_meet_AA_contrast(string scheme)
    {
        var c = Colours(scheme);
        // Body text, muted text (dates, counts), links and kickers on the page; chip text on chips; the current
        // page number and a hovered chip (background colour on the accent); the skip link (inverted).
        Assert.True(Ratio(c["fg"], c["bg"]) >= 7, $"{scheme}: text {Ratio(c["fg"], c["bg"]):F2}");
        Assert.True(Ratio(c["muted"], c["bg"]) >= 4.5, $"{scheme}: muted {Ratio(c["muted"], c["bg"]):F2}");
        Assert.True(Ratio(c["accent"], c["bg"]) >= 4.5, $"{scheme}: accent {Ratio(c["accent"], c["bg"]):F2}");
        Assert.True(Ratio(c["fg"], c["chip"]) >= 4.5, $"{scheme}: chip {Ratio(c["fg"], c["chip"]):F2}");
        Assert.True(Ratio(c["accent-fg"], c["accent"]) >= 4.5, $"{scheme}: on accent {Ratio(c["accent-fg"], c["accent"]):F2}");
        // Non-text: the focus ring against the page.
        Assert.True(Ratio(c["focus"], c["bg"]) >= 3, $"{scheme}: focus ring {Ratio(c["focus"], c["bg"]):F2}");
    }

    /// <summary>The custom properties of <c>:root</c>, with the dark block's values over them for "dark".</summary>
    private static Dictionary<string, string> Colours(string scheme)
    {
        var colours = Properties(Regex.Match(Css, @":root\s*\{(?<body>[^}]*)\}").Groups["body"].Value);
        if (scheme == "dark")
            foreach (var (name, value) in Properties(Block("@media (prefers-color-scheme: dark)")))
                colours[name] = value;
        return colours;
    }

    private static Dictionary<string, string> Properties(string block) =>
        CustomProperty().Matches(block).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);

    /// <summary>The text of an at-rule's block, braces balanced.</summary>
    private static string Block(string atRule)
    {
        var start = Css.IndexOf(atRule, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {atRule}");
        var open = Css.IndexOf('{', start);
        var depth = 0;
        for (var i = open; i < Css.Length; i++)
        {
            if (Css[i] == '{') depth++;
            else if (Css[i] == '}' && --depth == 0) return Css[(open + 1)..i];
        }
        throw new InvalidOperationException($"{atRule} is not closed");
    }

    private static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var v = int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber) / 255.0;
            return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
    }

    [GeneratedRegex(@"--(?<name>[a-z-]+):\s*(?<value>#[0-9a-fA-F]{6})")]
    private static partial Regex CustomProperty();
}

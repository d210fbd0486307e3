using DigestSite.Tests.Support;
using DigestSite.Themes;

namespace DigestSite.Tests.Rendering;

/// <summary>
/// <c>include</c> as a theme author uses it: partials come from <c>templates/partials/</c> through Scriban's
/// template loader, and each use (a statement, a value, with arguments) gives what Scriban gives.
/// </summary>
public sealed class IncludeTests : IDisposable
{
    private readonly TempSite _site = new();

    public IncludeTests() =>
        _site.AddDigest("2026-11-02-bridge.txt", "Footbridge reopens\nWhat's the story\nThe deck boards were replaced.\n");

    public void Dispose() => _site.Dispose();

    private string FooterWith(string footer, params (string Name, string Text)[] partials)
    {
        _site.WriteThemeFile("templates/partials/footer.sbn-html", footer);
        foreach (var (name, text) in partials) _site.WriteThemeFile($"templates/partials/{name}.sbn-html", text);
        var result = _site.Build();
        Assert.True(result.Errors == 0, string.Join("\n", result.Diagnostics));
        var html = _site.ReadOutput("index.html");
        var start = html.IndexOf("<footer", StringComparison.Ordinal);
        return html[start..html.IndexOf("</footer>", start, StringComparison.Ordinal)] + "</footer>";
    }

    [Fact]
    public void A_statement_include_writes_the_partial_in_place_with_the_callers_variables()
    {
        var footer = FooterWith(
            "<footer>{{ who = \"volunteers\" }}[{{ include 'partials/credit' }}]{{ for n in 1..2 }}({{ include 'partials/item' }}){{ end }}</footer>",
            ("credit", "printed by {{ who | html.escape }}{{ include 'partials/mark' }}"),
            ("mark", "!"),
            ("item", "{{ n }}"));
        Assert.Equal("<footer>[printed by volunteers!](1)(2)</footer>", footer);
    }

    [Fact]
    public void An_include_used_as_a_value_or_given_arguments_means_what_it_means_in_Scriban()
    {
        var footer = FooterWith(
            "<footer>{{ text = include 'partials/word' }}{{ text | string.upcase }}|{{ include 'partials/word' | string.size }}|{{ include 'partials/args' 'a' 'b' }}</footer>",
            ("word", "harbour"),
            ("args", "{{ $1 }}{{ $2 }}{{ $.size }}"));
        Assert.Equal("<footer>HARBOUR|7|ab3</footer>", footer);
    }

    [Fact]
    public void An_error_inside_an_included_partial_names_the_partial()
    {
        _site.WriteThemeFile("templates/partials/footer.sbn-html", "<footer>{{ include 'partials/broken' }}</footer>");
        _site.WriteThemeFile("templates/partials/broken.sbn-html", "ok\n{{ \"a\" | array.first | string.nosuch }}\n");
        var result = _site.Build();
        Assert.True(result.Diagnostics.Any(d => d.Path.EndsWith("partials/broken.sbn-html", StringComparison.Ordinal) && d.Line == 2),
            string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void The_layouts_content_is_the_page_body_whether_written_or_used_as_a_value()
    {
        _site.WriteThemeFile("templates/digest.sbn-html", "<p>Body & soul</p>");
        _site.WriteThemeFile("templates/layout.sbn-html",
            "<!DOCTYPE html>\n<html lang=\"en\"><head><title>t</title></head><body>{{ content }}" +
            "<p>{{ content | string.size }}</p>{{ if content | string.contains 'soul' }}<p>has soul</p>{{ end }}</body></html>\n");
        _site.Build();
        var html = _site.ReadOutput("digests/footbridge-reopens/index.html");
        Assert.Equal("<!DOCTYPE html>\n<html lang=\"en\"><head><title>t</title></head><body><p>Body & soul</p><p>18</p><p>has soul</p></body></html>\n", html);
    }
}

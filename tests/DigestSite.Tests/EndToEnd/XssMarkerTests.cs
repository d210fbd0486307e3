using System.Text.Json;
using System.Xml.Linq;
using DigestSite.Tests.Outputs;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.EndToEnd;

/// <summary>
/// Digest text is data in every output format: a site whose digests put markup, attribute breakouts and script
/// in every field they have is built, and each output is read the way its consumer reads it (a browser for HTML,
/// a feed reader for RSS, Atom and JSON Feed). No element, attribute or script from content may come alive.
/// </summary>
public class XssMarkerTests
{
    private const string Tag = "<x-xss-7731 onerror=alert(7731)>";
    private const string Breakout = "\" onmouseover=\"alert(7731)\" x=\"";
    private const string Close = "</script><script>alert(7731)</script>";

    private static string HostileDigest(int n) => $"""
        ---
        title: "Harbour {Tag} council {n} {Breakout.Replace("\"", "\\\"")}"
        date: 2026-05-0{n}T09:30:00+02:00
        topics: ["Ports {Tag}", "Trade {Breakout.Replace("\"", "\\\"")}", "{Close.Replace("\"", "\\\"")}"]
        summary: "Summary {Tag} {Close} {Breakout.Replace("\"", "\\\"")}"
        source: "https://example.org/a?b={n}&c=\"><x-xss-7731>"
        ---

        Harbour council {n} {Tag}
        What's the story
        The council met {Tag} before the boats went out {Close}.
        The vote {Breakout} was close.
        Label {Tag}
        Headline {Tag} {Breakout}
        A paragraph with {Close} and {Tag} inside.
        """;

    [Fact]
    public void No_output_format_carries_live_markup_from_content()
    {
        using var site = new TempSite("site:\n  baseUrl: https://news.example.org/\n");
        for (var n = 1; n <= 3; n++) site.AddDigest($"2026-05-0{n}-harbour.txt", HostileDigest(n));
        var result = site.Build();
        Assert.Equal(3, Directory.GetDirectories(Path.Combine(site.Output, "digests")).Length);

        var checkedFiles = 0;
        foreach (var path in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site.Output, path);
            var text = File.ReadAllText(path);
            switch (Path.GetExtension(path))
            {
                case ".html": CheckHtml(relative, text); break;
                case ".xml": CheckXml(relative, text); break;
                case ".json": CheckJson(relative, text); break;
                default: continue;
            }
            checkedFiles++;
        }
        Assert.True(checkedFiles > 20, $"only {checkedFiles} outputs checked");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DigestSite.Diagnostics.Severity.Error);
    }

    /// <summary>A browser's reading: no element or event attribute from content, and every JSON-LD block is
    /// JSON whose script element was not closed early.</summary>
    private static void CheckHtml(string relative, string text)
    {
        Assert.False(text.Contains("<x-xss", StringComparison.OrdinalIgnoreCase), $"{relative}: a raw <x-xss> tag");
        var document = Html.Parse(text);
        Assert.Empty(document.QuerySelectorAll("x-xss-7731"));
        foreach (var element in document.All)
            Assert.DoesNotContain(element.Attributes, a => a.Name is "onerror" or "onmouseover");
        foreach (var script in document.QuerySelectorAll("script"))
        {
            // Content inside a script is JSON-LD, its markup escaped: no script of the page is content's own.
            Assert.False(script.TextContent.StartsWith("alert", StringComparison.Ordinal), $"{relative}: a script from content");
            if (script.GetAttribute("type") == "application/ld+json") JsonDocument.Parse(script.TextContent).Dispose();
        }
    }

    /// <summary>A feed reader's reading: RSS titles and descriptions, content:encoded, and Atom's html text
    /// constructs are HTML once the XML is decoded, so they must hold the marker escaped.</summary>
    private static void CheckXml(string relative, string text)
    {
        Assert.False(text.Contains("<x-xss", StringComparison.OrdinalIgnoreCase), $"{relative}: a raw <x-xss> tag");
        var xml = XDocument.Parse(text);
        foreach (var element in xml.Descendants())
        {
            var readAsHtml = element.Name.LocalName is "description" or "encoded"
                || (element.Name.LocalName == "title" && element.Parent?.Name.LocalName is "item" or "channel")
                || (string?)element.Attribute("type") == "html";
            if (readAsHtml)
                Assert.False(Html.Parse(element.Value).QuerySelectorAll("x-xss-7731, script").Length > 0,
                    $"{relative}: <{element.Name.LocalName}> holds live markup once decoded: {element.Value}");
        }
    }

    /// <summary>JSON Feed's *_html members are HTML; every other string is text.</summary>
    private static void CheckJson(string relative, string text)
    {
        using var json = JsonDocument.Parse(text);
        void Walk(JsonElement e, string? name)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Walk(p.Value, p.Name); break;
                case JsonValueKind.Array: foreach (var item in e.EnumerateArray()) Walk(item, name); break;
                case JsonValueKind.String when name?.EndsWith("_html", StringComparison.Ordinal) == true:
                    Assert.False(Html.Parse(e.GetString()!).QuerySelectorAll("x-xss-7731, script").Length > 0,
                        $"{relative}: {name} holds live markup");
                    break;
            }
        }
        Walk(json.RootElement, null);
    }
}

using System.Text;
using DigestSite.Diagnostics;
using DigestSite.Site;
using DigestSite.Validation;

namespace DigestSite.Tests.Validation;

/// <summary>Hand-written pages fed straight to the validate stage, and helpers to find where things are.</summary>
internal static class Pages
{
    /// <summary>A page that passes every rule; <paramref name="body"/> goes after its h1.</summary>
    public static string Valid(string body = "", string head = "") => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>A page</title>
        <meta name="description" content="What the page is about.">
        {head}
        </head>
        <body>
        <main id="main">
        <h1>A page</h1>
        {body}
        </main>
        </body>
        </html>
        """;

    public static IReadOnlyList<Diagnostic> Validate(params (string Path, string Html)[] pages) =>
        Validate("http://localhost:5080/", pages);

    public static IReadOnlyList<Diagnostic> Validate(string baseUrl, params (string Path, string Html)[] pages)
    {
        var files = pages.Select(p => new OutputFile(p.Path, Encoding.UTF8.GetBytes(p.Html), $"test {p.Path}"))
            .Append(new OutputFile("assets/style.css", "body{}"u8.ToArray(), "theme"))
            .ToList();
        var bag = new DiagnosticBag();
        SiteValidator.Validate(files, new Routes(baseUrl), checkLinks: true, bag);
        return bag.Sorted();
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="marker"/>.</summary>
    public static int LineOf(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{marker}' is not in the text");
        return text.AsSpan(0, at).Count('\n') + 1;
    }

    /// <summary>The 1-based column of the first occurrence of <paramref name="marker"/> on its line.</summary>
    public static int ColumnOf(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return at - text.LastIndexOf('\n', at);
    }

    public static string Show(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())) is { Length: > 0 } s ? s : "(no findings)";
}

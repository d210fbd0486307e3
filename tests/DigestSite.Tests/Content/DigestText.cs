using System.Text;
using DigestSite.Content;
using DigestSite.Diagnostics;

namespace DigestSite.Tests.Content;

/// <summary>Small helpers for parser tests: parse text as a file would be read, and describe the result as
/// (label, headline, paragraph count) triples that read well in assertions.</summary>
public static class DigestText
{
    public static ParseResult Parse(string text, string path = "input/test.txt") =>
        DigestParser.Parse(Encoding.UTF8.GetBytes(text), path, Path.GetExtension(path));

    public static ParseResult ParseBytes(byte[] bytes, string path = "input/test.txt") =>
        DigestParser.Parse(bytes, path, Path.GetExtension(path));

    /// <summary>Lines joined with LF (tests that care about line endings build their own text).</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    public static Digest Ok(ParseResult result)
    {
        Assert.True(result.Ok, "expected a digest, got: " + string.Join(" | ", result.Diagnostics));
        return result.Digest!;
    }

    public static IReadOnlyList<(string Label, string Headline, int Paragraphs)> Shape(Digest digest) =>
        digest.Sections.Select(s => (s.Label, s.Headline, s.Paragraphs.Length)).ToList();

    public static IReadOnlyList<Diagnostic> Warnings(ParseResult result) =>
        result.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();

    public static Diagnostic SingleError(ParseResult result)
    {
        Assert.False(result.Ok, "expected the file to be refused");
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    /// <summary>A well-formed digest with two sections, used as the base for many variations.</summary>
    public static readonly string[] Standard =
    [
        "Ghana and Togo open a shared border post",
        "What's the story",
        "Ghana and Togo have opened a joint border post at Aflao to speed up trade.",
        "Officials said crossing times for lorries would fall from days to hours.",
        "Trade impact",
        "Traders expect cheaper goods",
        "Market traders in Lomé said the change would cut the price of imported food.",
        "Customs officers will share one building and one set of checks.",
        "Next steps",
        "More posts planned along the coast",
        "The two governments plan three more joint posts by 2028.",
    ];
}

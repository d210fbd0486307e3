using System.Text;
using CsCheck;
using DigestSite.Content;
using DigestSite.Diagnostics;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Content;

/// <summary>
/// The parser never throws and never needs its safety net, whatever the bytes: random bytes, random text
/// built from the characters that matter to the layout, and the real samples mutated line by line and byte
/// by byte. Every refusal carries an error with a line inside the file.
/// </summary>
public class ParserFuzzTests
{
    private static readonly string[] Fragments =
    [
        "---", "...", "title: ", "date: 2026-02-30", "date: 2026-03-01T10:00+02:00", "topics: [a, b", "topics:\n  - x",
        "draft: maybe", "slug: ", "key: [unclosed", "&anchor", "*alias", "!!binary", "What's the story", "What’s the story?",
        "## What's the story", "### Headline", "# Title", "<script>alert(1)</script>", "<div>", "Label:", "A headline?",
        "A paragraph.", "\"Quoted.\"", "“Curly.”", "(aside)", "…", "\t", " ", "\r", "\n", "\r\n", "\u2028", "\uFEFF",
        "\u200B", "e\u0301", "😀", "\uD800", "São Tomé", "İ", "ß", "0", "%", "|", "- item", "> quote", "```", "[link](x)",
    ];

    private static readonly byte[][] Samples =
        [.. Repo.SampleFiles.Append(Repo.SeedFile).Select(File.ReadAllBytes)];

    private static void AssertParsesSafely(byte[] bytes, string extension)
    {
        var result = DigestParser.Parse(bytes, "input/fuzz" + extension, extension);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith(DigestParser.InternalErrorPrefix, StringComparison.Ordinal));
        if (!result.Ok) Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error);
        // Line breaks as the parser counts them, whichever way the bytes decode.
        static int Breaks(string text) => text.Count(c => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085');
        var lines = 1 + Math.Max(Breaks(Encoding.UTF8.GetString(bytes)), Breaks(Encoding.Unicode.GetString(bytes)) + Breaks(Encoding.BigEndianUnicode.GetString(bytes)));
        Assert.All(result.Diagnostics, d => Assert.InRange(d.Line, 0, lines + 1));
        if (result.Ok)
        {
            Assert.NotEmpty(result.Digest!.Sections);
            Assert.All(result.Digest.Sections, s => Assert.NotEmpty(s.Paragraphs));
        }
    }

    [Fact]
    public void Random_bytes_never_crash_the_parser()
    {
        Gen.Select(Gen.Byte.Array[0, 600], Gen.OneOf(".txt", ".md"))
            .Sample((bytes, ext) => AssertParsesSafely(bytes, ext), iter: 4_000, threads: 1);
    }

    [Fact]
    public void Random_layout_like_text_never_crashes_the_parser()
    {
        var line = Gen.Frequency(
            (6, (IGen<string>)Gen.OneOf(Fragments)),
            (2, (IGen<string>)Gen.String[Gen.Char["aZ .?!:\"”'é-"], 0, 40]),
            (1, (IGen<string>)Gen.String));
        Gen.Select(line.Array[0, 30], Gen.OneOf(".txt", ".md"), Gen.OneOf("\n", "\r\n", "\r"))
            .Sample((lines, ext, newline) => AssertParsesSafely(Encoding.UTF8.GetBytes(string.Join(newline, lines)), ext),
                iter: 4_000, threads: 1);
    }

    [Fact]
    public void Mutated_samples_never_crash_the_parser()
    {
        var mutation = Gen.Int[0, 6];
        Gen.Select(Gen.Int[0, Samples.Length - 1], mutation.Array[1, 6], Gen.Int.Array[6], Gen.OneOf(Fragments), Gen.OneOf(".txt", ".md"))
            .Sample((sample, kinds, numbers, fragment, ext) =>
                AssertParsesSafely(Mutate(Samples[sample], kinds, numbers, fragment), ext),
                iter: 4_000, threads: 1);
    }

    /// <summary>Applies edits an editor or a broken tool might make: drop, repeat, swap or insert lines,
    /// truncate, flip a byte.</summary>
    private static byte[] Mutate(byte[] original, int[] kinds, int[] numbers, string fragment)
    {
        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        var bytes = original;
        foreach (var (kind, k) in kinds.Select((kind, k) => (kind, k)))
        {
            var n = numbers[k % numbers.Length] & int.MaxValue;
            var at = lines.Count == 0 ? 0 : n % lines.Count;
            switch (kind)
            {
                case 0 when lines.Count > 0: lines.RemoveAt(at); break;
                case 1 when lines.Count > 0: lines.Insert(at, lines[at]); break;
                case 2 when lines.Count > 1: (lines[at], lines[(at + 1) % lines.Count]) = (lines[(at + 1) % lines.Count], lines[at]); break;
                case 3: lines.Insert(at, fragment); break;
                case 4 when lines.Count > 0: lines[at] = lines[at][..(n % (lines[at].Length + 1))]; break;
                case 5: lines.Insert(0, fragment); break;
            }
            bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
            if (kind == 6 && bytes.Length > 0)
            {
                bytes = (byte[])bytes.Clone();
                bytes[n % bytes.Length] ^= (byte)(1 << (n % 8));
                lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
            }
        }
        return bytes;
    }
}

using DigestSite.Content;
using YamlDotNet.RepresentationModel;

namespace DigestSite.Tests.Content;

/// <summary>The front matter reader that skips YamlDotNet for simple blocks must read exactly what YamlDotNet
/// reads whenever it reads a block at all; for anything else it must step aside.</summary>
public sealed class SimpleFrontMatterTests
{
    private static readonly string[] Keys = ["title", "date", "topics", "tags", "source", "summary", "image", "draft", "slug", "Title", "note"];

    private static readonly string[] Values =
    [
        "Harbour ferry returns after winter repairs", "\"Harbour ferry returns: after repairs\"", "'Quoted ''twice'' here'",
        "'Single quoted, with comma'", "\"Escaped \\\"quote\\\" inside\"", "\"Tab\\tescape\"", "2026-05-04", "2026-05-04T09:30:00+02:00",
        "2026-05-04 09:30", "true", "no", "~", "null", "Chloé Lambert & Søren Ørsted", "Q&A with the mayor", "C# and F# news",
        "Fares rise # comment", "Fares: rise", "Fares rise:", "- listed", "[Transport, Libraries]", "[\"African Union\", film, \"Chloé Lambert\"]",
        "[]", "[ a , b ]", "[a, , b]", "[a, b,]", "[\"a, b\", c]", "['x', \"y\"]", "[a: b]", "[a, [b]]", "[a] trailing", "{a: b}",
        "&anchor value", "*alias", "!tag value", "|", ">", "%percent", "@at", "`tick`", "https://example.org/a?b=c#d",
        "10:30 meeting", "100% sure", "Don't stop", "Ends with quote'", "\"unterminated", "'unterminated", "\"\"", "''",
        "Ω Greek and 漢字", "x\u00a0nbsp", "…ellipsis first", "(brackets first)", "3.14", "-5", "0x1F", ".hidden", "...", "---x",
        "a, b, c", "value with trailing bracket]", "\"mixed\" tail", "'mixed' tail",
    ];

    [Fact]
    public void Whatever_it_reads_YamlDotNet_reads_the_same()
    {
        var random = new Random(20261128);
        var accepted = 0;
        for (var n = 0; n < 4000; n++)
        {
            var lines = new List<string>();
            var count = random.Next(1, 5);
            for (var k = 0; k < count; k++)
            {
                var key = Keys[random.Next(Keys.Length)];
                var value = Values[random.Next(Values.Length)];
                lines.Add(random.Next(20) switch { 0 => $"  {key}: {value}", 1 => $"{key}:  {value}", 2 => "", 3 => $"{key} : {value}", 4 => "# note", _ => $"{key}: {value}" });
            }
            var source = lines.Select((t, i) => new SourceLine(i + 1, t.TrimEnd())).ToList();
            if (SimpleFrontMatter.TryRead(source, 0, source.Count) is not { } simple) continue;
            accepted++;

            var stream = new YamlStream();
            stream.Load(new StringReader(string.Join('\n', lines)));
            if (simple.Children.Count == 0)
            {
                Assert.Empty(stream.Documents); // blank lines only: no front matter either way
                continue;
            }
            var reference = Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
            Assert.True(Same(reference, simple), string.Join(" | ", lines));
        }
        // Most blocks have an odd line somewhere; enough are simple for the comparison to mean something.
        Assert.InRange(accepted, 400, 3900);
    }

    [Fact]
    public void The_usual_block_is_read_without_YamlDotNet()
    {
        var lines = new[]
        {
            "title: \"African Union and Chloé Lambert agree pipeline\"", "date: 2024-05-19T22:07:00Z",
            "topics: [\"African Union\", \"film\", \"Chloé Lambert\"]", "draft: false", "source: Wire service",
        }.Select((t, i) => new SourceLine(i + 1, t)).ToList();
        var map = SimpleFrontMatter.TryRead(lines, 0, lines.Count);
        Assert.NotNull(map);
        Assert.Equal(["African Union", "film", "Chloé Lambert"], ((YamlSequenceNode)map["topics"]).Children.Select(c => ((YamlScalarNode)c).Value));
        Assert.Equal("2024-05-19T22:07:00Z", ((YamlScalarNode)map["date"]).Value);
    }

    [Theory]
    [InlineData("topics:\n  - Transport\n  - Libraries")]
    [InlineData("title: Fares rise # a comment")]
    [InlineData("title: \"Line\\nbreak\"")]
    [InlineData("title: One\ntitle: Two")]
    [InlineData("summary: >\n  Folded text")]
    public void Other_shapes_are_left_to_YamlDotNet(string block)
    {
        var lines = block.Split('\n').Select((t, i) => new SourceLine(i + 1, t)).ToList();
        Assert.Null(SimpleFrontMatter.TryRead(lines, 0, lines.Count));
    }

    private static bool Same(YamlNode a, YamlNode b) => (a, b) switch
    {
        (YamlScalarNode x, YamlScalarNode y) => x.Value == y.Value,
        (YamlSequenceNode x, YamlSequenceNode y) => x.Children.Count == y.Children.Count && x.Children.Zip(y.Children).All(p => Same(p.First, p.Second)),
        (YamlMappingNode x, YamlMappingNode y) => x.Children.Count == y.Children.Count
            && x.Children.Zip(y.Children).All(p => Same(p.First.Key, p.Second.Key) && Same(p.First.Value, p.Second.Value)),
        _ => false,
    };
}

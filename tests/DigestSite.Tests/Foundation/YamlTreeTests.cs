using System.Text;
using DigestSite.Configuration;
using YamlDotNet.Core;

namespace DigestSite.Tests.Foundation;

/// <summary>
/// <c>statiq.yml</c> is read from YamlDotNet's scanner when it is of the plain part of YAML a configuration uses,
/// and by YamlDotNet's parser otherwise: on every file here both readings give the same nodes (kinds, lines,
/// texts and styles) or the same error, and the files a site is configured with are read the fast way.
/// </summary>
public sealed class YamlTreeTests
{
    /// <summary>Files of the part of YAML read from the scanner.</summary>
    public static TheoryData<string> Plain =>
    [
        "",
        "# only a comment\n",
        "\n\n",
        "~\n",
        "just text\n",
        "- a\n- b\n",
        "site:\n  title: x\n",
        "site:\n  title: \"Harbour News\"\n  baseUrl: https://user.github.io/news\n  timezone: Europe/Oslo\npageSize: 5\n",
        "topics:\n  aliases:\n    \"United States\": [US, USA]\n  exclude: [Weather]\nvalidation:\n  failOn: warning\n",
        "topics:\n  aliases: {}\n  exclude: []\n",
        "topics:\n  aliases: {\"A B\": [a, 'b'], c: d,}\n",
        "topics:\n  aliases: {a: {b: c}}\n",
        "topics:\n  exclude:\n  - a\n  -\n  - 'b c'\n  - \"d\\te\"\n",
        "topics:\n  exclude:\n    - a\n    -\n    - [x, [y]]\n",
        "exclude:\n- a\n- b\nnext: 1\n",
        "a:\nb:\nc: ~\nd: ''\ne: \"\"\n",
        "site:\n  description: >\n    folded\n    text\n  title: |\n    literal\n    lines\n",
        "site:\n  title: a plain\n    scalar on two lines\n",
        "site:\n  title: \"quoted \\u00e9 and \\\"escapes\\\"\"\n",
        "site:\n  title: 'it''s'\n",
        "list: [a, b,]\n",
        "list: [[], [a], {}]\n",
        "nested:\n  deeper:\n    deepest: 1\n  back: 2\n",
        "? complex key\n: value\n",
        ": no key\n",
        "key: value # a comment\n# another\nother: 1\n",
        "site:\r\n  title: windows line ends\r\n",
    ];

    /// <summary>Files left to YamlDotNet's parser: anchors, aliases, tags, documents, directives, repeated or odd
    /// keys, left-out nodes, and errors (which must be YamlDotNet's).</summary>
    public static TheoryData<string> Others =>
    [
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "%YAML 1.2\n---\na: 1\n",
        "a: 1\na: 2\n",
        "[a]: 1\n",
        "{a: 1}: 2\n",
        "list: [a, , b]\n",
        "list: [a: b]\n",
        "map: {a, b: c}\n",
        "map: {a: }\n",
        "site:\n  title: \"unclosed\n",
        "site:\n  title: x\n bad: indentation\n",
        "site:\n\ttitle: tab\n",
        "a: [1, 2\n",
        "a: {b: 1\n",
        "a: b: c\n",
        "- a\nb: c\n",
        "a:\n  - b\n  c: d\n",
        "'unclosed\n",
    ];

    [Theory]
    [MemberData(nameof(Plain))]
    public void The_scanner_reading_is_the_parsers(string yaml)
    {
        Assert.True(YamlTree.TryScanned(yaml, out var root));
        Assert.Equal(Reading(() => YamlTree.Parsed(yaml)), (Describe(root), null));
    }

    [Theory]
    [MemberData(nameof(Others))]
    public void Other_files_are_read_by_the_parser_with_its_errors(string yaml)
    {
        Assert.False(YamlTree.TryScanned(yaml, out _));
        Assert.Equal(Reading(() => YamlTree.Parsed(yaml)), Reading(() => YamlTree.Read(yaml)));
    }

    [Fact]
    public void Every_configuration_in_the_repository_and_the_contract_is_read_from_the_scanner()
    {
        var files = new List<string>
        {
            File.ReadAllText(Path.Combine(Support.Repo.Root, "statiq.yml")),
            File.ReadAllText(Path.Combine(Support.Repo.Root, "bench", "digestsite-site", "statiq.yml")),
            ContractDefaults(),
        };
        foreach (var yaml in files)
        {
            Assert.True(YamlTree.TryScanned(yaml, out var root), yaml);
            Assert.Equal(Describe(YamlTree.Parsed(yaml)), Describe(root));
        }
    }

    /// <summary>The defaults block of the contract's statiq.yml section.</summary>
    private static string ContractDefaults()
    {
        var contract = File.ReadAllText(Path.Combine(Support.Repo.Shared, "design", "CONTRACT.md"));
        var start = contract.IndexOf("```yaml\n", contract.IndexOf("## statiq.yml", StringComparison.Ordinal), StringComparison.Ordinal) + "```yaml\n".Length;
        return contract[start..contract.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private static (string? Tree, string? Error) Reading(Func<YamlTreeNode?> read)
    {
        try
        {
            return (Describe(read()), null);
        }
        catch (YamlException e)
        {
            return (null, $"{e.GetType().Name} at {e.Start.Line}:{e.Start.Column}: {e.Message}");
        }
    }

    /// <summary>Every node with its kind, line, text and style, indented by depth.</summary>
    private static string Describe(YamlTreeNode? root)
    {
        var text = new StringBuilder();
        void Node(YamlTreeNode node, string indent)
        {
            text.Append($"{indent}{node.Kind}@{node.Line}");
            if (node.Kind == YamlKind.Scalar) text.Append($" [{node.Value ?? "<null>"}] {node.Style}");
            text.Append('\n');
            foreach (var item in node.Items) Node(item, indent + "  - ");
            foreach (var (key, value) in node.Pairs)
            {
                Node(key, indent + "  ? ");
                Node(value, indent + "  : ");
            }
        }
        if (root is null) text.Append("(no document)");
        else Node(root, "");
        return text.ToString();
    }
}

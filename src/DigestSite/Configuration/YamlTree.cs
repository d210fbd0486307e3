using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace DigestSite.Configuration;

internal enum YamlKind { Scalar, Sequence, Mapping, Other }

/// <summary>A node of <c>statiq.yml</c> as the loader walks it: its kind, the line it starts on, and its text
/// (a scalar), items (a sequence) or key/value pairs in file order (a mapping).</summary>
internal sealed record YamlTreeNode(YamlKind Kind, int Line)
{
    public string? Value { get; init; }
    public ScalarStyle Style { get; init; }
    public IReadOnlyList<YamlTreeNode> Items { get; init; } = [];
    public IReadOnlyList<KeyValuePair<YamlTreeNode, YamlTreeNode>> Pairs { get; init; } = [];
}

/// <summary>
/// Reads YAML into <see cref="YamlTreeNode"/>s, as YamlDotNet's representation model would. YamlDotNet's parser
/// costs a process about 25 ms the first time it runs (its default tag directives are checked by a regular
/// expression compiled to code), which is most of the configure stage of a rebuild. A file of mappings, lists
/// and scalars, as <c>statiq.yml</c> is, is therefore read here from YamlDotNet's scanner (its tokens,
/// with YamlDotNet's scalar values and marks), by the parser's own rules for that part of YAML. Anything else
/// (anchors, aliases, tags, directives, several documents, keys that are not text or that repeat, left-out
/// nodes in "[...]" or "{...}", malformed structure) is left to YamlDotNet's parser, so what it makes of it, errors and their
/// messages included, is unchanged. A test compares the two readings on many files.
/// </summary>
internal static class YamlTree
{
    /// <summary>The first document's root, or null when the text holds no document. Throws YamlException
    /// where YamlDotNet's parser does.</summary>
    public static YamlTreeNode? Read(string yaml) => TryScanned(yaml, out var root) ? root : Parsed(yaml);

    /// <summary>As read from the scanner's tokens, when the file is of the part of YAML read so.</summary>
    public static bool TryScanned(string yaml, out YamlTreeNode? root)
    {
        root = null;
        try
        {
            return Tokens(yaml) is { } tokens && new TokenReader(tokens).Document(out root);
        }
        catch (YamlException)
        {
            return false; // thrown again, by the parser
        }
    }

    /// <summary>As YamlDotNet's parser and representation model read it.</summary>
    public static YamlTreeNode? Parsed(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : From(stream.Documents[0].RootNode);
    }

    private static YamlTreeNode From(YamlNode node) => node switch
    {
        YamlScalarNode s => new YamlTreeNode(YamlKind.Scalar, (int)s.Start.Line) { Value = s.Value, Style = s.Style },
        YamlSequenceNode q => new YamlTreeNode(YamlKind.Sequence, (int)q.Start.Line) { Items = q.Children.Select(From).ToList() },
        YamlMappingNode m => new YamlTreeNode(YamlKind.Mapping, (int)m.Start.Line)
            { Pairs = m.Children.Select(p => KeyValuePair.Create(From(p.Key), From(p.Value))).ToList() },
        _ => new YamlTreeNode(YamlKind.Other, (int)node.Start.Line),
    };

    /// <summary>The scanner's tokens, or null at the first the reader does not take (the scanner reports some
    /// errors as tokens, and goes on reporting them: the parser stops at the first).</summary>
    private static List<Token>? Tokens(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var tokens = new List<Token>();
        while (scanner.MoveNext())
        {
            var token = scanner.Current!;
            if (token is not (StreamStart or StreamEnd or BlockMappingStart or BlockSequenceStart or BlockEnd or BlockEntry
                or Key or Value or Scalar or FlowSequenceStart or FlowSequenceEnd or FlowMappingStart or FlowMappingEnd or FlowEntry))
                return null;
            tokens.Add(token);
            if (token is StreamEnd) break;
        }
        return tokens;
    }

    /// <summary>The parser's rules (block mapping, block and indentless sequence, flow sequence and mapping,
    /// scalar) over the scanner's tokens; <see cref="Unsupported"/> anywhere else.</summary>
    private sealed class TokenReader(List<Token> tokens)
    {
        private int _at;

        private Token Next => _at < tokens.Count ? tokens[_at] : throw new Unsupported();

        private sealed class Unsupported : Exception;

        public bool Document(out YamlTreeNode? root)
        {
            root = null;
            try
            {
                Take<StreamStart>();
                if (Next is StreamEnd) return true;
                root = Node(indentless: false);
                Take<StreamEnd>();
                return true;
            }
            catch (Unsupported)
            {
                root = null;
                return false;
            }
        }

        private T Take<T>() where T : Token
        {
            if (Next is not T token) throw new Unsupported();
            _at++;
            return token;
        }

        /// <summary>A node in block context; <paramref name="indentless"/>: where a "- " list may start at the
        /// indentation of its key (a mapping's key or value).</summary>
        private YamlTreeNode Node(bool indentless) => Next switch
        {
            Scalar => ScalarNode(),
            BlockMappingStart => Mapping(),
            BlockSequenceStart => Sequence(),
            FlowSequenceStart or FlowMappingStart => FlowNode(),
            BlockEntry when indentless => IndentlessSequence(),
            _ => throw new Unsupported(),
        };

        /// <summary>A node inside "[...]" or "{...}".</summary>
        private YamlTreeNode FlowNode() => Next switch
        {
            Scalar => ScalarNode(),
            FlowSequenceStart => FlowSequence(),
            FlowMappingStart => FlowMapping(),
            _ => throw new Unsupported(),
        };

        private YamlTreeNode ScalarNode()
        {
            var s = Take<Scalar>();
            return new YamlTreeNode(YamlKind.Scalar, (int)s.Start.Line) { Value = s.Value, Style = s.Style };
        }

        /// <summary>What the parser puts where a node is left out ("key:" with nothing after it).</summary>
        private static YamlTreeNode Empty(Mark at) => new(YamlKind.Scalar, (int)at.Line) { Value = "", Style = ScalarStyle.Plain };

        private bool NextEndsEntry() => Next is Key or Value or BlockEnd;

        private YamlTreeNode Mapping()
        {
            var start = Take<BlockMappingStart>();
            var pairs = new List<KeyValuePair<YamlTreeNode, YamlTreeNode>>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            while (Next is not BlockEnd)
            {
                var keyToken = Take<Key>();
                var key = NextEndsEntry() ? Empty(keyToken.End) : Node(indentless: true);
                YamlTreeNode value;
                if (Next is Value valueToken)
                {
                    _at++;
                    value = NextEndsEntry() ? Empty(valueToken.End) : Node(indentless: true);
                }
                else
                {
                    value = Empty(Next.Start);
                }
                // YamlDotNet's mapping decides what a repeated or non-text key means.
                if (key is not { Kind: YamlKind.Scalar, Value: { } text } || !keys.Add(text)) throw new Unsupported();
                pairs.Add(KeyValuePair.Create(key, value));
            }
            _at++;
            return new YamlTreeNode(YamlKind.Mapping, (int)start.Start.Line) { Pairs = pairs };
        }

        private YamlTreeNode Sequence()
        {
            var start = Take<BlockSequenceStart>();
            var items = new List<YamlTreeNode>();
            while (Next is not BlockEnd)
            {
                var entry = Take<BlockEntry>();
                items.Add(Next is BlockEntry or BlockEnd ? Empty(entry.End) : Node(indentless: false));
            }
            _at++;
            return new YamlTreeNode(YamlKind.Sequence, (int)start.Start.Line) { Items = items };
        }

        private YamlTreeNode IndentlessSequence()
        {
            var line = (int)Next.Start.Line;
            var items = new List<YamlTreeNode>();
            while (Next is BlockEntry entry)
            {
                _at++;
                items.Add(Next is BlockEntry or Key or Value or BlockEnd ? Empty(entry.End) : Node(indentless: false));
            }
            return new YamlTreeNode(YamlKind.Sequence, line) { Items = items };
        }

        /// <summary>"[a, b]": a trailing comma allowed, no "key: value" pairs.</summary>
        private YamlTreeNode FlowSequence()
        {
            var start = Take<FlowSequenceStart>();
            var items = new List<YamlTreeNode>();
            while (Next is not FlowSequenceEnd)
            {
                if (items.Count > 0)
                {
                    Take<FlowEntry>();
                    if (Next is FlowSequenceEnd) break;
                }
                items.Add(FlowNode());
            }
            _at++;
            return new YamlTreeNode(YamlKind.Sequence, (int)start.Start.Line) { Items = items };
        }

        /// <summary>"{}" or "{a: b, c: [d]}": every key with its value, a trailing comma allowed.</summary>
        private YamlTreeNode FlowMapping()
        {
            var start = Take<FlowMappingStart>();
            var pairs = new List<KeyValuePair<YamlTreeNode, YamlTreeNode>>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            while (Next is not FlowMappingEnd)
            {
                if (pairs.Count > 0)
                {
                    Take<FlowEntry>();
                    if (Next is FlowMappingEnd) break;
                }
                Take<Key>();
                var key = ScalarNode();
                Take<Value>();
                var value = FlowNode();
                if (key.Value is not { } text || !keys.Add(text)) throw new Unsupported();
                pairs.Add(KeyValuePair.Create(key, value));
            }
            _at++;
            return new YamlTreeNode(YamlKind.Mapping, (int)start.Start.Line) { Pairs = pairs };
        }
    }
}

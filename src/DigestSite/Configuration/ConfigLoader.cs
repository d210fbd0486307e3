using System.Globalization;
using DigestSite.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DigestSite.Configuration;

/// <summary>
/// Reads <c>statiq.yml</c> into <see cref="SiteConfig"/>. The YAML is walked node by node (not deserialised
/// by reflection) so that every unknown key and every wrong type is reported with its own line. The nodes are
/// YamlDotNet's representation model of the file (<see cref="YamlStream"/>).
/// </summary>
public static partial class ConfigLoader
{
    public const string FileName = "statiq.yml";

    /// <summary>The largest configuration file read.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Loads SITE_DIR/statiq.yml; a missing file gives the defaults (<paramref name="found"/> is false).</summary>
    public static SiteConfig LoadFromSite(string siteDir, out bool found)
    {
        var path = Path.Combine(siteDir, FileName);
        found = File.Exists(path);
        if (found && new FileInfo(path).Length > MaxFileBytes)
            throw new ConfigException(FileName, 0, $"the file is larger than {MaxFileBytes / 1024} KiB; a configuration is a few lines");
        return found ? Parse(File.ReadAllText(path), FileName) : SiteConfig.Default;
    }

    public static SiteConfig Parse(string yaml, string displayPath)
    {
        var document = ReadYaml(yaml, displayPath);
        if (document is null or YamlScalarNode { Value: null or "" })
            return SiteConfig.Default;
        var reader = new NodeReader(displayPath);
        var root = reader.Mapping(document, "(root)");
        var config = SiteConfig.Default;

        foreach (var (keyNode, value) in root.Children)
        {
            var key = reader.Key(keyNode);
            config = key switch
            {
                "site" => config with { Site = ReadSite(reader, value) },
                "paths" => config with { Paths = ReadPaths(reader, value) },
                "pageSize" => config with { PageSize = reader.PositiveInt(value, key) },
                "topics" => config with { Topics = ReadTopics(reader, value) },
                "feeds" => config with { Feeds = ReadFeeds(reader, value) },
                "validation" => config with { Validation = ReadValidation(reader, value) },
                "content" => config with { Content = ReadContent(reader, value) },
                "authors" => config with { Authors = ReadAuthors(reader, value) },
                _ => throw reader.Unknown(keyNode, key, "site, paths, pageSize, topics, feeds, validation, content, authors"),
            };
        }
        return config;
    }

    private static SiteSettings ReadSite(NodeReader r, YamlNode node)
    {
        var s = new SiteSettings();
        foreach (var (keyNode, value) in r.Mapping(node, "site").Children)
        {
            var key = r.Key(keyNode);
            s = key switch
            {
                "title" => s with { Title = r.String(value, "site.title") },
                "description" => s with { Description = r.String(value, "site.description") },
                "baseUrl" => s with { BaseUrl = r.AbsoluteUrl(value, "site.baseUrl") },
                "language" => s with { Language = r.String(value, "site.language") },
                "publisher" => s with { Publisher = r.String(value, "site.publisher") },
                "timezone" => s with { Timezone = r.TimeZone(value, "site.timezone") },
                "cname" => s with { Cname = r.String(value, "site.cname") },
                _ => throw r.Unknown(keyNode, "site." + key, "title, description, baseUrl, language, publisher, timezone, cname"),
            };
        }
        return s;
    }

    private static PathSettings ReadPaths(NodeReader r, YamlNode node)
    {
        var p = new PathSettings();
        foreach (var (keyNode, value) in r.Mapping(node, "paths").Children)
        {
            var key = r.Key(keyNode);
            p = key switch
            {
                "input" => p with { Input = r.NonEmptyString(value, "paths.input") },
                "theme" => p with { Theme = r.NonEmptyString(value, "paths.theme") },
                "output" => p with { Output = r.NonEmptyString(value, "paths.output") },
                _ => throw r.Unknown(keyNode, "paths." + key, "input, theme, output"),
            };
        }
        return p;
    }

    private static TopicSettings ReadTopics(NodeReader r, YamlNode node)
    {
        var t = new TopicSettings();
        foreach (var (keyNode, value) in r.Mapping(node, "topics").Children)
        {
            var key = r.Key(keyNode);
            t = key switch
            {
                "auto" => t with { Auto = r.Bool(value, "topics.auto") },
                "minDigests" => t with { MinDigests = r.PositiveInt(value, "topics.minDigests") },
                "aliases" => t with { Aliases = ReadAliases(r, value) },
                "exclude" => t with { Exclude = r.StringList(value, "topics.exclude") },
                "max" => t with { Max = r.PositiveInt(value, "topics.max") },
                "subjects" => t with { Subjects = ReadSubjects(r, value) },
                "model" => t with { Model = r.OneOf(value, "topics.model", TopicSettings.Models) },
                _ => throw r.Unknown(keyNode, "topics." + key, "auto, minDigests, max, aliases, exclude, subjects, model"),
            };
        }
        return t;
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadAliases(NodeReader r, YamlNode node)
    {
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (node is YamlScalarNode { Value: null or "" } or YamlScalarNode { Style: ScalarStyle.Plain, Value: "~" })
            return aliases;
        foreach (var (keyNode, value) in r.Mapping(node, "topics.aliases").Children)
        {
            var topic = r.Key(keyNode);
            aliases[topic] = r.StringList(value, $"topics.aliases.{topic}");
        }
        return aliases;
    }

    /// <summary><c>topics.subjects</c>: extra subjects, each <c>Name: "definition"</c>.</summary>
    private static IReadOnlyDictionary<string, string> ReadSubjects(NodeReader r, YamlNode node)
    {
        var subjects = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is YamlScalarNode { Value: null or "" } or YamlScalarNode { Style: ScalarStyle.Plain, Value: "~" })
            return subjects;
        foreach (var (keyNode, value) in r.Mapping(node, "topics.subjects").Children)
        {
            var name = r.Key(keyNode);
            subjects[name] = value is YamlScalarNode { Value: null } ? "" : r.String(value, $"topics.subjects.{name}");
        }
        return subjects;
    }

    private static FeedSettings ReadFeeds(NodeReader r, YamlNode node)
    {
        var f = new FeedSettings();
        foreach (var (keyNode, value) in r.Mapping(node, "feeds").Children)
        {
            var key = r.Key(keyNode);
            f = key switch
            {
                "items" => f with { Items = r.PositiveInt(value, "feeds.items") },
                _ => throw r.Unknown(keyNode, "feeds." + key, "items"),
            };
        }
        return f;
    }

    private static ValidationSettings ReadValidation(NodeReader r, YamlNode node)
    {
        var v = new ValidationSettings();
        foreach (var (keyNode, value) in r.Mapping(node, "validation").Children)
        {
            var key = r.Key(keyNode);
            v = key switch
            {
                "failOn" => v with { FailOn = r.FailOn(value, "validation.failOn") },
                "checkLinks" => v with { CheckLinks = r.Bool(value, "validation.checkLinks") },
                _ => throw r.Unknown(keyNode, "validation." + key, "failOn, checkLinks"),
            };
        }
        return v;
    }

    /// <summary>The root of the file's first YAML document, or null when it holds none. Nesting beyond
    /// <see cref="YamlLimits.MaxDepth"/> and malformed YAML throw a <see cref="ConfigException"/> with the line.</summary>
    internal static YamlNode? ReadYaml(string yaml, string displayPath)
    {
        try
        {
            if (YamlLimits.TooDeepLine(yaml) is { } deep)
                throw new ConfigException(displayPath, deep, $"lists or mappings nest more than {YamlLimits.MaxDepth} levels deep");
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            throw new ConfigException(displayPath, (int)e.Start.Line, $"invalid YAML: {InnerMessage(e)}");
        }
    }

    private static string InnerMessage(YamlException e) =>
        e.InnerException is YamlException inner ? inner.Message : e.Message;

    /// <summary>Typed reads of single nodes; each failure names the key and the node's line.</summary>
    private sealed partial class NodeReader(string path)
    {
        private ConfigException Fail(YamlNode node, string message) =>
            new(path, (int)node.Start.Line, message);

        public ConfigException Unknown(YamlNode keyNode, string key, string known) =>
            Fail(keyNode, $"unknown key '{key}' (known keys here: {known})");

        public YamlMappingNode Mapping(YamlNode node, string key) =>
            node as YamlMappingNode ?? throw Fail(node, $"'{key}' must be a mapping of keys to values");

        public string Key(YamlNode node) =>
            node is YamlScalarNode { Value: { } v } ? v : throw Fail(node, "a key must be a plain name");

        public string String(YamlNode node, string key) => node switch
        {
            YamlScalarNode { Value: null } => "",
            YamlScalarNode s => s.Value!,
            _ => throw Fail(node, $"'{key}' must be a text value"),
        };

        public string NonEmptyString(YamlNode node, string key)
        {
            var s = String(node, key).Trim();
            return s.Length > 0 ? s : throw Fail(node, $"'{key}' must not be empty");
        }

        public int PositiveInt(YamlNode node, string key)
        {
            var s = Scalar(node, key, "a whole number");
            return int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw Fail(node, $"'{key}' must be a whole number greater than 0, not '{s}'");
        }

        public bool Bool(YamlNode node, string key)
        {
            var s = Scalar(node, key, "true or false");
            return s.ToLowerInvariant() switch
            {
                "true" or "yes" or "on" => true,
                "false" or "no" or "off" => false,
                _ => throw Fail(node, $"'{key}' must be true or false, not '{s}'"),
            };
        }

        public IReadOnlyList<string> StringList(YamlNode node, string key) => node switch
        {
            YamlSequenceNode seq => seq.Children.Select(c => String(c, key)).Where(s => s.Length > 0).ToList(),
            YamlScalarNode { Value: null or "" } => [],
            _ => throw Fail(node, $"'{key}' must be a list, e.g. [a, b]"),
        };

        public string AbsoluteUrl(YamlNode node, string key)
        {
            var s = NonEmptyString(node, key);
            if (!Uri.TryCreate(s, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                throw Fail(node, $"'{key}' must be an absolute http(s) URL, not '{s}'");
            return s.EndsWith('/') ? s : s + "/";
        }

        public string TimeZone(YamlNode node, string key)
        {
            var s = NonEmptyString(node, key);
            return TimeZoneInfo.TryFindSystemTimeZoneById(s, out _)
                ? s
                : throw Fail(node, $"'{key}' is not a known time zone: '{s}' (use an IANA name such as Europe/Paris)");
        }

        public FailOn FailOn(YamlNode node, string key)
        {
            var s = Scalar(node, key, "error, warning or never");
            return s switch
            {
                "error" => Configuration.FailOn.Error,
                "warning" => Configuration.FailOn.Warning,
                "never" => Configuration.FailOn.Never,
                _ => throw Fail(node, $"'{key}' must be error, warning or never, not '{s}'"),
            };
        }

        public string OneOf(YamlNode node, string key, string[] values)
        {
            var s = Scalar(node, key, string.Join(" or ", values));
            return values.Contains(s) ? s : throw Fail(node, $"'{key}' must be {string.Join(" or ", values)}, not '{s}'");
        }

        private string Scalar(YamlNode node, string key, string expected) =>
            node is YamlScalarNode { Value: { } v } ? v : throw Fail(node, $"'{key}' must be {expected}");
    }
}

using YamlDotNet.RepresentationModel;

namespace DigestSite.Configuration;

/// <summary>
/// Where each key of <c>statiq.yml</c> is written: the dotted key ("site.baseUrl", "paths.input") to the line of
/// the key. Used to name a setting's line in errors found after loading (a missing input folder) and by
/// <c>digestsite config</c> to say where each value came from.
/// </summary>
public static class ConfigSources
{
    /// <summary>The lines of every key in the file (mappings below the top level included); empty when the file
    /// is missing or is not YAML (loading it reports that).</summary>
    public static IReadOnlyDictionary<string, int> KeyLines(string siteDir)
    {
        var path = Path.Combine(siteDir, ConfigLoader.FileName);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(path)) return lines;
        YamlNode? root;
        try
        {
            root = ConfigLoader.ReadYaml(File.ReadAllText(path), ConfigLoader.FileName);
        }
        catch (ConfigException)
        {
            return lines;
        }
        Collect(root, "", lines);
        return lines;
    }

    private static void Collect(YamlNode? node, string prefix, Dictionary<string, int> lines)
    {
        if (node is not YamlMappingNode mapping) return;
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name }) continue;
            var dotted = prefix.Length == 0 ? name : $"{prefix}.{name}";
            lines.TryAdd(dotted, (int)key.Start.Line);
            // Below topics.aliases the keys are topic names, not settings.
            if (dotted != "topics.aliases") Collect(value, dotted, lines);
        }
    }
}

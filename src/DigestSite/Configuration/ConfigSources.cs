using YamlDotNet.Core;

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
        YamlTreeNode? root;
        try
        {
            root = YamlTree.Read(File.ReadAllText(path));
        }
        catch (YamlException)
        {
            return lines;
        }
        Collect(root, "", lines);
        return lines;
    }

    private static void Collect(YamlTreeNode? node, string prefix, Dictionary<string, int> lines)
    {
        if (node is not { Kind: YamlKind.Mapping }) return;
        foreach (var (key, value) in node.Pairs)
        {
            if (key.Value is not { } name) continue;
            var dotted = prefix.Length == 0 ? name : $"{prefix}.{name}";
            lines.TryAdd(dotted, key.Line);
            // Below topics.aliases the keys are topic names, not settings.
            if (dotted != "topics.aliases") Collect(value, dotted, lines);
        }
    }
}

using System.Collections;
using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Text;
using DigestSite.Build;
using DigestSite.Configuration;

namespace DigestSite.Cli.Commands;

/// <summary>
/// <c>digestsite config [SITE_DIR]</c>: the configuration a build of the site would use, in statiq.yml's own
/// layout, each value with where it came from (a line of statiq.yml, or the default). The keys are read from
/// <see cref="SiteConfig"/> itself (a property's name in camelCase is its key), so a setting added there is
/// printed without a change here.
/// </summary>
public static class ConfigCommand
{
    public static Command Create()
    {
        var site = CommonOptions.SiteDir();
        var command = new Command("config",
            "Print the effective configuration and where each value came from (statiq.yml or the default).\n\n" +
            "Example:\n  digestsite config mysite")
        {
            site,
        };
        command.SetAction(parse =>
        {
            var siteDir = parse.GetValue(site)!;
            if (!Directory.Exists(siteDir))
            {
                Console.Error.WriteLine($"digestsite: error: site folder '{siteDir}' does not exist");
                return ExitCodes.Usage;
            }
            var config = ConfigLoader.LoadFromSite(siteDir, out var found); // a ConfigException reaches Program's handler
            Console.Out.Write(Render(config, found ? ConfigSources.KeyLines(siteDir) : new Dictionary<string, int>(), found));
            return ExitCodes.Success;
        });
        return command;
    }

    public static string Render(SiteConfig config, IReadOnlyDictionary<string, int> lines, bool found)
    {
        var rows = new List<(string Text, string Source)>();
        Walk(config, "", 0, lines, rows);
        var width = Math.Min(60, rows.Max(r => r.Text.Length)) + 2;
        var text = new StringBuilder();
        text.AppendLine(found ? $"# The settings of {ConfigLoader.FileName}, with the defaults of those it leaves out."
                              : $"# No {ConfigLoader.FileName}: every setting is the default.");
        foreach (var (line, source) in rows)
            text.AppendLine(source.Length == 0 ? line : $"{line.PadRight(width)} # {source}");
        return text.ToString();
    }

    private static void Walk(object settings, string prefix, int depth, IReadOnlyDictionary<string, int> lines, List<(string, string)> rows)
    {
        foreach (var property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            var key = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var dotted = prefix.Length == 0 ? key : $"{prefix}.{key}";
            var value = property.GetValue(settings);
            var indent = new string(' ', depth * 2);
            if (value is not null && IsSection(property.PropertyType))
            {
                rows.Add(($"{indent}{key}:", ""));
                Walk(value, dotted, depth + 1, lines, rows);
                continue;
            }
            var source = lines.TryGetValue(dotted, out var line) ? $"{ConfigLoader.FileName}:{line}" : "default";
            rows.Add(($"{indent}{key}: {Format(value)}", source));
        }
    }

    /// <summary>A group of settings (a record of this library), as opposed to a value.</summary>
    private static bool IsSection(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace == typeof(SiteConfig).Namespace && !typeof(IEnumerable).IsAssignableFrom(type);

    private static string Format(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        Enum e => Quote(e.ToString().ToLowerInvariant()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IDictionary d => "{" + string.Join(", ", d.Keys.Cast<object>().Select(k => $"{Quote(k.ToString()!)}: {Format(d[k])}")) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Format)) + "]",
        _ => Quote(value.ToString() ?? ""),
    };

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DigestSite.Themes;

/// <summary>
/// The words a theme shows around a digest ("min read", "Updated", month names) in the site's language: the
/// built-in English strings, then the built-in strings of <c>site.language</c> (en, fr, de, es, pt), then the
/// site's <c>theme/i18n/&lt;lang&gt;.yml</c>, each key of a later one winning. Dates are written with the
/// language's <c>date</c> or <c>date_time</c> pattern and month names, never the machine's culture.
/// </summary>
public sealed class ThemeStrings
{
    public const string Folder = "i18n/";

    private readonly string[] _months;
    private readonly string _date;
    private readonly string _dateTime;

    private ThemeStrings(SortedDictionary<string, string> texts, string[] months, string date, string dateTime, string language)
    {
        Texts = texts;
        _months = months;
        _date = date;
        _dateTime = dateTime;
        Language = language;
    }

    /// <summary>Key to text, sorted by key (so a hash of them is stable).</summary>
    public IReadOnlyDictionary<string, string> Texts { get; }

    /// <summary>The primary language subtag the strings are for ("fr").</summary>
    public string Language { get; }

    public string this[string key] => Texts.TryGetValue(key, out var text) ? text : key;

    public static ThemeStrings English { get; } = Load(Theme.Load(null), "en");

    /// <summary>The strings for <paramref name="language"/> ("fr", "fr-CA") from <paramref name="theme"/>.</summary>
    /// <exception cref="Configuration.ConfigException">A strings file that is not a map of texts.</exception>
    public static ThemeStrings Load(Theme theme, string language)
    {
        var lang = language.Split('-', '_')[0].Trim().ToLowerInvariant();
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        string[]? months = null;
        var builtIn = Theme.Load(null);
        foreach (var file in new[] { builtIn.Find(Folder + "en.yml"), lang == "en" ? null : builtIn.Find(Folder + lang + ".yml"), theme.Find(Folder + lang + ".yml") })
        {
            if (file is null) continue;
            months = Read(file, texts) ?? months;
        }
        return new ThemeStrings(texts, months ?? new string[12], texts.GetValueOrDefault("date", "{day} {month} {year}"),
            texts.GetValueOrDefault("date_time", "{day} {month} {year}, {hour}:{minute}"), lang);
    }

    /// <summary>Reads one file's texts into <paramref name="texts"/>; gives its month names, if it has them.</summary>
    private static string[]? Read(ThemeFile file, SortedDictionary<string, string> texts)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(Encoding.UTF8.GetString(file.Bytes)));
        }
        catch (YamlException e)
        {
            throw new Configuration.ConfigException(file.DisplayPath, (int)e.Start.Line, $"invalid YAML: {e.Message}");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return null;
        string[]? months = null;
        foreach (var (k, v) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (key == "months")
            {
                months = v is YamlSequenceNode seq && seq.Children.Count == 12
                    ? seq.Children.Select(c => (c as YamlScalarNode)?.Value ?? "").ToArray()
                    : throw new Configuration.ConfigException(file.DisplayPath, (int)v.Start.Line, "'months' must be a list of the twelve month names");
            }
            else if (v is YamlScalarNode { Value: { } text }) texts[key] = text;
            else throw new Configuration.ConfigException(file.DisplayPath, (int)v.Start.Line, $"'{key}' must be a text");
        }
        return months;
    }

    /// <summary>A date as the language writes it, with the time of day when <paramref name="withTime"/>.</summary>
    public string Date(DateTimeOffset date, bool withTime) =>
        (withTime ? _dateTime : _date)
            .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture))
            .Replace("{month}", MonthName(date.Month))
            .Replace("{year}", date.Year.ToString("D4", CultureInfo.InvariantCulture))
            .Replace("{hour}", date.Hour.ToString("D2", CultureInfo.InvariantCulture))
            .Replace("{minute}", date.Minute.ToString("D2", CultureInfo.InvariantCulture));

    public string MonthName(int month) =>
        _months[month - 1] is { Length: > 0 } name ? name : CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}

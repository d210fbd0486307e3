using System.Collections.Immutable;
using System.Globalization;
using DigestSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DigestSite.Content;

/// <summary>Splits an optional YAML front matter block (between <c>---</c> lines at the top of a file) from
/// the body, and reads its known keys into <see cref="FrontMatter"/>.</summary>
public static class FrontMatterParser
{
    public static readonly IReadOnlySet<string> KnownKeys = new HashSet<string>(StringComparer.Ordinal)
        { "title", "date", "topics", "tags", "source", "summary", "image", "draft", "slug" };

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
    ];

    private static readonly string[] OffsetDateFormats =
    [
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    /// <summary>
    /// If the first non-blank line is <c>---</c>, reads the block up to the closing <c>---</c> (or <c>...</c>).
    /// Returns the body lines after it. On error, <paramref name="frontMatter"/> is null and the file should be
    /// skipped.
    /// </summary>
    public static IReadOnlyList<SourceLine> Split(IReadOnlyList<SourceLine> lines, string path,
        List<Diagnostic> diagnostics, out FrontMatter? frontMatter)
    {
        frontMatter = FrontMatter.None;
        var first = 0;
        while (first < lines.Count && lines[first].IsBlank) first++;
        if (first >= lines.Count || lines[first].Text.Trim() != "---") return lines;

        var close = -1;
        for (var i = first + 1; i < lines.Count; i++)
        {
            var t = lines[i].Text.Trim();
            if (t is "---" or "...") { close = i; break; }
        }
        if (close < 0)
        {
            diagnostics.Add(Diagnostic.Error(path, lines[first].Number,
                "front matter is not closed: add a line '---' after the last key", "content"));
            frontMatter = null;
            return [];
        }

        var yaml = string.Join('\n', lines.Skip(first + 1).Take(close - first - 1).Select(l => l.Text));
        frontMatter = Read(yaml, path, lineOffset: lines[first].Number, diagnostics);
        return lines.Skip(close + 1).ToList();
    }

    private static FrontMatter? Read(string yaml, string path, int lineOffset, List<Diagnostic> diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            diagnostics.Add(Diagnostic.Error(path, lineOffset + (int)e.Start.Line, $"invalid YAML in front matter: {message}", "content"));
            return null;
        }
        if (stream.Documents.Count == 0) return FrontMatter.None;
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            if (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return FrontMatter.None;
            diagnostics.Add(Diagnostic.Error(path, lineOffset + 1, "front matter must be a list of 'key: value' lines", "content"));
            return null;
        }

        var fm = FrontMatter.None;
        var ok = true;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = lineOffset + (int)value.Start.Line;
            string? Text()
            {
                if (value is YamlScalarNode s) return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim();
                diagnostics.Add(Diagnostic.Error(path, line, $"front matter '{key}' must be a single value", "content"));
                ok = false;
                return null;
            }

            switch (key)
            {
                case "title": fm = fm with { Title = Text() }; break;
                case "source": fm = fm with { Source = Text() }; break;
                case "summary": fm = fm with { Summary = Text() }; break;
                case "image": fm = fm with { Image = Text() }; break;
                case "slug": fm = fm with { Slug = Text() }; break;
                case "draft":
                    var d = Text();
                    if (d is null) break;
                    if (bool.TryParse(d, out var draft) || TryYamlBool(d, out draft)) fm = fm with { Draft = draft };
                    else { diagnostics.Add(Diagnostic.Error(path, line, $"front matter 'draft' must be true or false, not '{d}'", "content")); ok = false; }
                    break;
                case "date":
                    var raw = Text();
                    if (raw is null) break;
                    if (TryParseDate(raw, out var date)) fm = fm with { Date = date };
                    else { diagnostics.Add(Diagnostic.Error(path, line, $"front matter 'date' is not a date: '{raw}' (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)", "content")); ok = false; }
                    break;
                case "topics" or "tags":
                    var topics = value switch
                    {
                        YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(n => n.Value?.Trim()),
                        YamlScalarNode s => (s.Value ?? "").Split(','),
                        _ => [],
                    };
                    fm = fm with { Topics = fm.Topics.AddRange(topics.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim())) };
                    break;
                default:
                    diagnostics.Add(Diagnostic.Warning(path, lineOffset + (int)keyNode.Start.Line,
                        $"unknown front matter key '{key}' is ignored (known: {string.Join(", ", KnownKeys.Order())})", "content"));
                    break;
            }
        }
        return ok ? fm : null;
    }

    public static bool TryParseDate(string raw, out FrontMatterDate date)
    {
        var inv = CultureInfo.InvariantCulture;
        if (DateTimeOffset.TryParseExact(raw, OffsetDateFormats, inv, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            date = new FrontMatterDate(withOffset.DateTime, withOffset.Offset, HasTime: true);
            return true;
        }
        if (DateTime.TryParseExact(raw, DateFormats, inv, DateTimeStyles.None, out var local))
        {
            date = new FrontMatterDate(local, null, HasTime: raw.Length > 10);
            return true;
        }
        date = null!;
        return false;
    }

    private static bool TryYamlBool(string s, out bool value)
    {
        value = s.ToLowerInvariant() is "yes" or "on";
        return s.ToLowerInvariant() is "yes" or "on" or "no" or "off";
    }
}

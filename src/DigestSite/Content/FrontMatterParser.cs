using System.Collections.Immutable;
using DigestSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DigestSite.Content;

/// <summary>Splits an optional YAML front matter block (between <c>---</c> lines at the top of a file) from
/// the body, and reads its known keys into <see cref="FrontMatter"/>.</summary>
public static class FrontMatterParser
{
    public static readonly IReadOnlySet<string> KnownKeys = new HashSet<string>(
        ["title", "date", "topics", "tags", "source", "summary", "image", "draft", "slug", "section", .. FrontMatterNewsroom.Keys], StringComparer.Ordinal);

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

        var body = lines.Skip(close + 1).ToList();
        var yaml = string.Join('\n', lines.Skip(first + 1).Take(close - first - 1).Select(l => l.Text));
        frontMatter = Read(yaml, path, lineOffset: lines[first].Number, diagnostics);
        return body;
    }

    private static FrontMatter? Read(string yaml, string path, int lineOffset, List<Diagnostic> diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            if (YamlLimits.TooDeepLine(yaml) is { } deep)
            {
                diagnostics.Add(Diagnostic.Error(path, lineOffset + deep,
                    $"front matter nests lists or mappings more than {YamlLimits.MaxDepth} levels deep", "content"));
                return null;
            }
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            diagnostics.Add(Diagnostic.Error(path, lineOffset + (int)Math.Max(1, e.Start.Line), $"invalid YAML in front matter: {message}", "content"));
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // YamlDotNet reports a few malformed inputs (odd anchors, huge numbers) with other exception types.
            diagnostics.Add(Diagnostic.Error(path, lineOffset + 1, $"invalid YAML in front matter: {e.Message}", "content"));
            return null;
        }
        if (stream.Documents.Count == 0) return FrontMatter.None;
        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(Diagnostic.Error(path, lineOffset + (int)stream.Documents[1].RootNode.Start.Line,
                "front matter holds more than one YAML document: remove the extra '---' line", "content"));
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            if (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return FrontMatter.None;
            diagnostics.Add(Diagnostic.Error(path, lineOffset + 1, "front matter must be a list of 'key: value' lines", "content"));
            return null;
        }
        return ReadKeys(map, path, lineOffset, diagnostics);
    }

    private static FrontMatter? ReadKeys(YamlMappingNode map, string path, int lineOffset, List<Diagnostic> diagnostics)
    {
        var fm = FrontMatter.None;
        var ok = true;
        foreach (var (keyNode, value) in map.Children)
        {
            // Keys are matched without regard to case: "Title:" is what an editor meant by "title:".
            var key = ((keyNode as YamlScalarNode)?.Value ?? "").Trim().ToLowerInvariant();
            var line = lineOffset + (int)value.Start.Line;
            string? Text()
            {
                if (value is YamlScalarNode s) return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim();
                diagnostics.Add(Diagnostic.Error(path, line, $"front matter '{key}' must be a single value", "content"));
                ok = false;
                return null;
            }

            string? Url(string? text)
            {
                if (text is null || SafeUrl.IsAllowed(text)) return text;
                diagnostics.Add(Diagnostic.Error(path, line,
                    $"front matter '{key}' uses the URL scheme '{SafeUrl.SchemeOf(text)}:', which is not allowed (use {string.Join(", ", SafeUrl.Schemes)} or a relative path)", "content"));
                ok = false;
                return null;
            }

            switch (key)
            {
                case "title": fm = fm with { Title = Text() }; break;
                case "source": fm = fm with { Source = Url(Text()) }; break;
                case "summary": fm = fm with { Summary = Text() }; break;
                case "image": fm = fm with { Image = Url(Text()), ImageLine = line }; break;
                case "slug": fm = fm with { Slug = Text() }; break;
                case "section": fm = fm with { Section = Text() }; break;
                case "draft":
                    var d = Text();
                    if (d is null) break;
                    if (TryYamlBool(d, out var draft)) fm = fm with { Draft = draft };
                    else { diagnostics.Add(Diagnostic.Error(path, line, $"front matter 'draft' must be true or false, not '{d}'", "content")); ok = false; }
                    break;
                case "date":
                    var raw = Text();
                    if (raw is null) break;
                    if (TryParseDate(raw, out var date)) fm = fm with { Date = date };
                    else { diagnostics.Add(Diagnostic.Error(path, line, $"front matter 'date' is not a date: '{raw}' (use YYYY-MM-DD or YYYY-MM-DDTHH:MM, optionally with an offset from -14:00 to +14:00, between years 1 and 9999)", "content")); ok = false; }
                    break;
                case "topics" or "tags":
                    fm = fm with { Topics = fm.Topics.AddRange(TopicList(value).Where(t => !fm.Topics.Contains(t, StringComparer.OrdinalIgnoreCase))) };
                    if (fm.Topics.Length > DigestLimits.MaxFrontMatterTopics)
                    {
                        diagnostics.Add(Diagnostic.Warning(path, line,
                            $"front matter gives {fm.Topics.Length} topics; only the first {DigestLimits.MaxFrontMatterTopics} are kept", "content"));
                        fm = fm with { Topics = fm.Topics[..DigestLimits.MaxFrontMatterTopics] };
                    }
                    break;
                default:
                    if (FrontMatterNewsroom.TryRead(key, value, line, path, diagnostics, ref fm, ref ok)) break;
                    diagnostics.Add(Diagnostic.Warning(path, lineOffset + (int)keyNode.Start.Line,
                        $"unknown front matter key '{key}' is ignored (known: {string.Join(", ", KnownKeys.Order())})", "content"));
                    break;
            }
        }
        return ok ? FrontMatterNewsroom.Check(fm, path, diagnostics) : null;
    }

    /// <summary>A YAML list (<c>[a, b]</c> or one item a line) or a comma-separated string; blanks and repeats
    /// (ignoring case) are dropped.</summary>
    private static IEnumerable<string> TopicList(YamlNode value)
    {
        var items = value switch
        {
            YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? ""),
            YamlScalarNode s => (s.Value ?? "").Split(','),
            _ => [],
        };
        return items.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    public static bool TryParseDate(string raw, out FrontMatterDate date) => FrontMatterDates.TryParse(raw, out date);

    private static bool TryYamlBool(string s, out bool value)
    {
        var t = s.Trim().ToLowerInvariant();
        value = t is "true" or "yes" or "on" or "y";
        return value || t is "false" or "no" or "off" or "n";
    }
}

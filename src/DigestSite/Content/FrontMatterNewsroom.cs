using System.Collections.Immutable;
using DigestSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DigestSite.Content;

/// <summary>
/// The front matter keys of a newsroom: <c>updated</c>, <c>correction</c>, <c>author</c> (one name or a
/// list), <c>image</c>'s <c>imageAlt</c>, <c>imageCaption</c> and <c>imageCredit</c>, and <c>sources</c> (a
/// list of URLs or <c>{title, url}</c>). Keys arrive in lower case.
/// </summary>
internal static class FrontMatterNewsroom
{
    public static readonly string[] Keys = ["updated", "correction", "author", "authors", "imageAlt", "imageCaption", "imageCredit", "sources"];

    /// <summary>Reads <paramref name="key"/> into <paramref name="fm"/>; false when it is not one of these keys.</summary>
    public static bool TryRead(string key, YamlNode value, int line, string path, List<Diagnostic> diagnostics,
        ref FrontMatter fm, ref bool ok)
    {
        switch (key)
        {
            case "updated":
                if (Scalar(value) is not { } raw) return true;
                if (FrontMatterDates.TryParse(raw, out var date)) fm = fm with { Updated = date };
                else
                {
                    diagnostics.Add(Diagnostic.Error(path, line, $"front matter 'updated' is not a date: '{raw}' (use YYYY-MM-DD or YYYY-MM-DDTHH:MM, optionally with an offset such as +02:00)", "content"));
                    ok = false;
                }
                return true;
            case "correction": fm = fm with { Correction = Scalar(value) }; return true;
            case "imagealt": fm = fm with { ImageAlt = Scalar(value) }; return true;
            case "imagecaption": fm = fm with { ImageCaption = Scalar(value) }; return true;
            case "imagecredit": fm = fm with { ImageCredit = Scalar(value) }; return true;
            case "author" or "authors":
                var known = fm.Authors;
                fm = fm with { Authors = [.. known, .. Names(value).Where(n => !known.Contains(n, StringComparer.OrdinalIgnoreCase))] };
                return true;
            case "sources":
                fm = fm with { Sources = [.. fm.Sources, .. SourceList(value, path, line, diagnostics)] };
                return true;
            default:
                return false;
        }
    }

    /// <summary>After all keys: an image needs its alternative text. The image is left out (the digest is kept)
    /// and the file gets an error on the image's line.</summary>
    public static FrontMatter Check(FrontMatter fm, string path, List<Diagnostic> diagnostics)
    {
        if (fm.Image is null || fm.ImageAlt is not null) return fm;
        diagnostics.Add(Diagnostic.Error(path, fm.ImageLine,
            "front matter 'image' needs 'imageAlt': describe the image for readers who cannot see it (imageAlt: \"…\")", "content"));
        return fm with { Image = null, ImageCaption = null, ImageCredit = null };
    }

    private static string? Scalar(YamlNode value) =>
        value is YamlScalarNode { Value: { } s } && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    private static IEnumerable<string> Names(YamlNode value)
    {
        var items = value switch
        {
            YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? ""),
            YamlScalarNode s => [s.Value ?? ""],
            _ => [],
        };
        return items.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<SourceRef> SourceList(YamlNode value, string path, int line, List<Diagnostic> diagnostics)
    {
        IEnumerable<YamlNode> items = value is YamlSequenceNode seq ? seq.Children : [value];
        foreach (var item in items)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { } url } when !string.IsNullOrWhiteSpace(url):
                    yield return SourceLines.Ref(url.Trim());
                    break;
                case YamlMappingNode map:
                    string? Get(string k) => map.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value?.Trim().ToLowerInvariant() == k).Value is YamlScalarNode { Value: { } v } && v.Trim().Length > 0 ? v.Trim() : null;
                    var (title, href) = (Get("title") ?? Get("name"), Get("url"));
                    if (title is null && href is null)
                        diagnostics.Add(Diagnostic.Warning(path, line, "a 'sources' item needs a 'url' or a 'title'; it is left out", "content"));
                    else yield return href is null ? new SourceRef(title!, null) : SourceLines.Ref(href) with { Title = title ?? SourceLines.Host(href) };
                    break;
            }
        }
    }
}

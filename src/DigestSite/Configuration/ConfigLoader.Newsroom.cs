using DigestSite.Content.Markup;
using YamlDotNet.RepresentationModel;

namespace DigestSite.Configuration;

// content: and authors: (issue 21).
public static partial class ConfigLoader
{
    private static ContentSettings ReadContent(NodeReader r, YamlNode node)
    {
        var c = new ContentSettings();
        foreach (var (keyNode, value) in r.Mapping(node, "content").Children)
        {
            var key = r.Key(keyNode);
            c = key switch
            {
                "storyMarkers" => c with { StoryMarkers = r.StringList(value, "content.storyMarkers").Select(s => s.Trim()).Where(s => s.Length > 0).ToList() },
                _ => throw r.Unknown(keyNode, "content." + key, "storyMarkers"),
            };
        }
        return c;
    }

    /// <summary><c>key: {name, bio, url, image}</c>, or <c>key: "Name"</c> for a name alone.</summary>
    private static IReadOnlyDictionary<string, AuthorProfile> ReadAuthors(NodeReader r, YamlNode node)
    {
        var authors = new Dictionary<string, AuthorProfile>(StringComparer.OrdinalIgnoreCase);
        if (node is YamlScalarNode { Value: null or "" }) return authors;
        foreach (var (keyNode, value) in r.Mapping(node, "authors").Children)
        {
            var id = r.Key(keyNode);
            if (value is YamlScalarNode)
            {
                authors[id] = new AuthorProfile(r.NonEmptyString(value, $"authors.{id}"));
                continue;
            }
            string? name = null;
            var (bio, url, image) = ("", "", "");
            foreach (var (k, v) in r.Mapping(value, $"authors.{id}").Children)
            {
                var key = r.Key(k);
                switch (key)
                {
                    case "name": name = r.NonEmptyString(v, $"authors.{id}.name"); break;
                    case "bio": bio = r.String(v, $"authors.{id}.bio").Trim(); break;
                    case "url": url = r.SafeUrl(v, $"authors.{id}.url"); break;
                    case "image": image = r.SafeUrl(v, $"authors.{id}.image"); break;
                    default: throw r.Unknown(k, $"authors.{id}.{key}", "name, bio, url, image");
                }
            }
            authors[id] = new AuthorProfile(name ?? id) { Bio = bio, Url = url, Image = image };
        }
        return authors;
    }

    private sealed partial class NodeReader
    {
        /// <summary>A URL a page may link to (http, https, mailto or a relative path), or "".</summary>
        public string SafeUrl(YamlNode node, string key)
        {
            var s = String(node, key).Trim();
            return s.Length == 0 || ContentUrls.IsAllowed(s)
                ? s
                : throw Fail(node, $"'{key}' must be an http, https or mailto URL or a path, not '{s}'");
        }
    }
}

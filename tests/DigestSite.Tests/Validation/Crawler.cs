using AngleSharp.Dom;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Validation;

/// <summary>
/// A crawler over a built site on disk, written apart from the validator (it uses System.Uri to resolve, the
/// file system to look up), so that each can catch the other's mistakes: from the home page it follows every
/// link and source on the site's own base URL, and checks that the file and any #fragment exist.
/// </summary>
internal static class Crawler
{
    public sealed record Result(IReadOnlySet<string> Visited, IReadOnlyList<string> Broken, int LinksFollowed);

    private static readonly (string Selector, string Attribute)[] Urls =
        [("a[href]", "href"), ("link[href]", "href"), ("img[src]", "src"), ("script[src]", "src"), ("source[src]", "src")];

    public static Result Crawl(string outputDir, string baseUrl)
    {
        var root = new Uri(baseUrl);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var idsByPage = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var fragments = new List<(string From, string Href, string Page, string Id)>();
        var broken = new List<string>();
        var queue = new Queue<string>();
        var followed = 0;
        queue.Enqueue("index.html");
        visited.Add("index.html");

        while (queue.Count > 0)
        {
            var page = queue.Dequeue();
            var document = Html.Parse(File.ReadAllText(Path.Combine(outputDir, page)));
            idsByPage[page] = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            var pageUri = new Uri(root, page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page);

            foreach (var (selector, attribute) in Urls)
                foreach (var element in document.QuerySelectorAll(selector))
                {
                    var href = element.GetAttribute(attribute)!;
                    if (!Uri.TryCreate(pageUri, href, out var target) || target.Host != root.Host || target.Port != root.Port) continue;
                    followed++;
                    if (!target.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal))
                    {
                        broken.Add($"{page}: '{href}' leaves {root.AbsolutePath}");
                        continue;
                    }
                    var file = Uri.UnescapeDataString(target.AbsolutePath[root.AbsolutePath.Length..]);
                    if (file.Length == 0 || file.EndsWith('/')) file += "index.html";
                    if (!File.Exists(Path.Combine(outputDir, file)))
                    {
                        broken.Add($"{page}: '{href}' -> {file} does not exist");
                        continue;
                    }
                    if (target.Fragment.Length > 1)
                        fragments.Add((page, href, file, Uri.UnescapeDataString(target.Fragment[1..])));
                    if (file.EndsWith(".html", StringComparison.Ordinal) && visited.Add(file)) queue.Enqueue(file);
                }
        }

        foreach (var (from, href, page, id) in fragments)
            if (idsByPage.TryGetValue(page, out var ids) && !ids.Contains(id))
                broken.Add($"{from}: '{href}' -> {page} has no id '{id}'");
        return new Result(visited, broken, followed);
    }
}

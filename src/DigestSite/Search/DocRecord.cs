using System.Text.Json;
using DigestSite.Enrichment;
using DigestSite.Outputs;
using DigestSite.Pages;
using DigestSite.Site;

namespace DigestSite.Search;

/// <summary>
/// A digest's record for the search page: <c>{"t": title, "u": link, "d": date, "k": [topics], "s": summary,
/// "x": [headlines and paragraphs]}</c>, the text the page shows a result with and takes its excerpt from. Named
/// by a key of what it is made from (the file's content and what the site model adds), so an incremental build
/// knows its name without reading the digest's sections, and takes the file as written when the key is known.
/// </summary>
public static class DocRecord
{
    public static (string Path, OutputFile File) Produce(SiteModel site, EnrichedDigest d, OutputReuse? reuse)
    {
        var url = site.Routes.Link(Routes.Digest(d.Slug));
        var date = ViewFactory.DateIso(d.Date);
        var key = KeyedOutput.Start("search record").Text(d.Title).Text(url).Text(date).Text(d.Summary).Number(d.Topics.Length);
        foreach (var t in d.Topics) key.Text(t.Name);
        key = d.ContentHash is { } hash ? key.Bytes(hash) : key.Model(d.Content);
        var name = Convert.ToHexString(key.Finish()).ToLowerInvariant()[..16];
        var path = $"{SearchFiles.Folder}d/{name}.json";
        return (path, KeyedOutput.Produce(path, "search index", KeyedOutput.Start(path).Finish(), reuse, () => Write(d, url, date)));
    }

    private static byte[] Write(EnrichedDigest d, string url, string date)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, SearchFiles.Json))
        {
            w.WriteStartObject();
            w.WriteString("t", d.Title);
            w.WriteString("u", url);
            w.WriteString("d", date);
            w.WriteStartArray("k");
            foreach (var t in d.Topics) w.WriteStringValue(t.Name);
            w.WriteEndArray();
            w.WriteString("s", d.Summary);
            w.WriteStartArray("x");
            foreach (var section in d.Content.Sections)
            {
                if (section.Headline.Length > 0) w.WriteStringValue(section.Headline);
                foreach (var p in section.Paragraphs) w.WriteStringValue(p);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }
}

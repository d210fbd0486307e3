using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1) at <c>/feed.json</c>, written by System.Text.Json
/// from typed records.</summary>
public static class JsonFeed
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // A file of its own, never inlined into HTML: keep non-ASCII text readable instead of \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // Metadata generated at compile time (System.Text.Json source generation), so nothing is reflected over at run time.
        TypeInfoResolver = OutputJson.Default,
    };

    public static OutputFile Generate(FeedContent content, OutputReuse? reuse = null) =>
        content.Produce(Routes.JsonFeed, "JSON Feed", content.SiteSource(Routes.JsonFeed), Write, reuse);

    public static byte[] Write(FeedChannel channel)
    {
        var feed = new Feed(Version, channel.Title, channel.HomeUrl, channel.SelfUrl, channel.Description,
            channel.Language, [new Author(channel.Author)],
            channel.Items.Select(i => new Item(i.Url, i.Url, i.Title, i.ContentHtml, i.Summary,
                XmlOutput.Rfc3339(i.Date), i.Topics.Count > 0 ? i.Topics : null)
            {
                DateModified = i.Updated is { } u ? XmlOutput.Rfc3339(u) : null,
                Image = i.Image?.Url,
                Authors = i.Authors.Count > 0 ? [.. i.Authors.Select(a => new Author(a))] : null,
            }).ToList());
        return JsonSerializer.SerializeToUtf8Bytes(feed, Options);
    }

    internal sealed record Feed(
        string Version, string Title, string HomePageUrl, string FeedUrl, string Description, string Language,
        IReadOnlyList<Author> Authors, IReadOnlyList<Item> Items);

    internal sealed record Author(string Name);

    internal sealed record Item(
        string Id, string Url, string Title, string ContentHtml, string Summary, string DatePublished,
        IReadOnlyList<string>? Tags)
    {
        public string? DateModified { get; init; }
        public string? Image { get; init; }
        public IReadOnlyList<Author>? Authors { get; init; }
    }
}

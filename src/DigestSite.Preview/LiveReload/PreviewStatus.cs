using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigestSite.Preview.LiveReload;

/// <summary>What open pages are told after each build: the version of the site being served (a page of an
/// older version reloads), the problems of the latest build (one line each, as the console prints them), and
/// whether that build was held back because it brought new errors, and which digest pages moved to a new URL
/// in the version being served (an open page of a moved digest goes to its new address), and the pages of
/// drafts and scheduled digests, with the banner each shows (<c>preview --drafts --future</c>).</summary>
public sealed record PreviewStatus(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("problems")] IReadOnlyList<string> Problems,
    [property: JsonPropertyName("heldBack")] bool HeldBack,
    [property: JsonPropertyName("moved")] IReadOnlyDictionary<string, string> Moved)
{
    public static PreviewStatus Initial { get; } = new("none", [], false, new Dictionary<string, string>());

    [JsonPropertyName("unpublished")]
    public IReadOnlyDictionary<string, string> Unpublished { get; init; } = new Dictionary<string, string>();

    public string ToJson() => JsonSerializer.Serialize(this, PreviewJson.Default.PreviewStatus);
}

/// <summary>System.Text.Json metadata for the status, generated at compile time (no reflection at run time,
/// which a natively compiled build of the tool does not have for every type).</summary>
[JsonSerializable(typeof(PreviewStatus))]
internal sealed partial class PreviewJson : JsonSerializerContext;

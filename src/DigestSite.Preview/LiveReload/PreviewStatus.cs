using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigestSite.Preview.LiveReload;

/// <summary>What open pages are told after each build: the version of the site being served (a page of an
/// older version reloads), the problems of the latest build (one line each, as the console prints them), and
/// whether that build was held back because it brought new errors.</summary>
public sealed record PreviewStatus(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("problems")] IReadOnlyList<string> Problems,
    [property: JsonPropertyName("heldBack")] bool HeldBack)
{
    public string ToJson() => JsonSerializer.Serialize(this);
}

using System.Text.Json.Serialization;

namespace DigestSite.Outputs;

/// <summary>System.Text.Json metadata for the JSON this folder writes, generated at compile time. The options
/// that shape the text (names, indentation, escaping) stay with each writer (<see cref="JsonFeed.Options"/>).</summary>
[JsonSerializable(typeof(JsonFeed.Feed))]
internal sealed partial class OutputJson : JsonSerializerContext;

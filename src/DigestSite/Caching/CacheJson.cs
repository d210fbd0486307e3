using System.IO.Hashing;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DigestSite.Search;
using DigestSite.Site;
using DigestSite.Topics;

namespace DigestSite.Caching;

/// <summary>
/// The one serialiser of the build cache: System.Text.Json with metadata generated at compile time from the
/// stored record types themselves (<see cref="CacheJsonContext"/>), so a field added to a record is stored
/// with no other edit, and the NativeAOT build needs no reflection. Its options are set here and nowhere else.
/// </summary>
internal static class CacheJson
{
    /// <summary>Text is kept as written (the files are read by this program only, never shown in a page); a null
    /// is left out (read back as the property's default, null: no stored record gives a nullable member another
    /// default); a null where the record does not allow one is an error. (A cache written by another version of the records
    /// is not even read: any build of the library changes the validity key.)</summary>
    public static CacheJsonContext Types { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
    });

    public static byte[] Write<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);

    /// <summary>The value the bytes hold, or null when they do not hold one (damaged, cut short, or written
    /// by another version of the records).</summary>
    public static T? Read<T>(ReadOnlySpan<byte> bytes, JsonTypeInfo<T> type) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, type);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            return null;
        }
    }
    /// <summary>The value of the cache file <paramref name="file"/> when its bytes still hash to
    /// <paramref name="hash"/> (the XxHash3 the manifest recorded) and read back; null otherwise, as when the file
    /// cannot be read.</summary>
    public static T? ReadFile<T>(string file, ulong hash, JsonTypeInfo<T> type) where T : class
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            return XxHash3.HashToUInt64(bytes) == hash ? Read(bytes, type) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>The stored records of the build cache: each part of it is one of these types (see <see cref="CacheStore"/>).</summary>
[JsonSerializable(typeof(CacheManifest))]
[JsonSerializable(typeof(Dictionary<string, CachedPage>))]
[JsonSerializable(typeof(Dictionary<string, StoredInput>))]
[JsonSerializable(typeof(Dictionary<string, DigestTopicFacts>))]
[JsonSerializable(typeof(Dictionary<string, DigestTopicState>))]
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(RankedRelated))]
[JsonSerializable(typeof(SearchHead))]
[JsonSerializable(typeof(Dictionary<string, StoredDoc>))]
[JsonSerializable(typeof(ShardWords))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;

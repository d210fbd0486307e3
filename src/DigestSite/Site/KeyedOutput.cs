namespace DigestSite.Site;

/// <summary>
/// An output made from many digests (a feed, a sitemap, the search index) under a key of what its bytes are
/// made from: an incremental build takes it from the output folder when the last build recorded the same key
/// for it, and writes it otherwise. A key holds everything the bytes depend on besides what the build cache's
/// validity already covers (the program, <c>statiq.yml</c>, the base URL).
/// </summary>
public static class KeyedOutput
{
    public static OutputFile Produce(string path, string origin, byte[] key, OutputReuse? reuse, Func<byte[]> write) =>
        reuse?.Invoke(path, key, origin) ?? new OutputFile(path, write(), origin) { CacheKey = key };

    /// <summary>A new key, started with the output's path.</summary>
    public static KeyHash Start(string path) => new KeyHash("keyed output").Text(path);

    /// <summary>A date as a key holds it: the instant and the offset (both are written).</summary>
    public static KeyHash Date(this KeyHash hash, DateTimeOffset date) => hash.Number(date.UtcTicks).Number(date.Offset.Ticks);

    /// <summary>A model whose bytes are not known (a digest made in memory), by a walk of all it holds.</summary>
    public static KeyHash Model(this KeyHash hash, object model) => hash.Bytes(ModelFingerprint.Of(model));
}

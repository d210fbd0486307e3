namespace DigestSite.Caching;

/// <summary>
/// The table of contents of a cache folder (<see cref="CacheStore"/>), written last by a save: the validity key
/// the cache was written for, the set of output paths its pages were checked against, and each part file
/// with the XxHash3 of its bytes. A part whose bytes no longer hash so (a save cut short, a file damaged or
/// edited) is not used.
/// </summary>
internal sealed record CacheManifest(byte[] Validity, byte[] PathSet, Dictionary<string, ulong> Parts);

/// <summary>An input's record in the cache's inputs part: what the last build learned of the file, and of the
/// digest's listing facts and the fingerprint of its topic facts (the facts themselves are in the part of
/// their bucket, read only when asked for: <see cref="FactsBucket"/>).</summary>
internal sealed record StoredInput(CachedInput Input, ListingFactsRecord? Facts);

/// <summary>The stored half of <see cref="Enrichment.DigestFacts"/>: its listing facts and the fingerprint of its topic facts.</summary>
internal sealed record ListingFactsRecord(Enrichment.ListingFacts Listing, byte[] TopicsFingerprint);

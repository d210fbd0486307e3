namespace DigestSite.Caching;

/// <summary>What the build cache needs of a build's options.</summary>
/// <param name="Enabled">Whether the build reads and writes a cache at all (it writes files, and was not told not to).</param>
/// <param name="Clean">A cold build: the cache is deleted first, with the output folder.</param>
/// <param name="Folder">Where the cache lives; null for the site's <c>.digestsite/cache/</c>.</param>
/// <param name="Drafts">Drafts are built (changes every page that lists digests: part of the validity key).</param>
/// <param name="Future">Digests dated in the future are built (likewise).</param>
public sealed record CacheSettings(bool Enabled, bool Clean, string? Folder, bool Drafts, bool Future);

namespace DigestSite.Site;

/// <summary>Gives the file an earlier build wrote for this path and key, or null when it must be produced: how the
/// incremental build offers keyed outputs (feeds, the sitemap, the search index) to the stages that make them.</summary>
public delegate OutputFile? OutputReuse(string path, byte[] key, string origin);

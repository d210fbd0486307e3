using DigestSite.Caching;

namespace DigestSite.Build;

/// <summary>What the user asked of a build (the CLI's options, in typed form).</summary>
public sealed record BuildOptions
{
    public required string SiteDir { get; init; }
    /// <summary>Overrides <c>paths.output</c>; relative paths are taken from the current folder.</summary>
    public string? OutputDir { get; init; }
    /// <summary>Overrides <c>site.baseUrl</c> (preview uses its own address).</summary>
    public string? BaseUrl { get; init; }
    public bool Drafts { get; init; }
    public bool Future { get; init; }
    public bool Strict { get; init; }
    public bool Clean { get; init; }
    /// <summary>False for <c>check</c>: everything is built and validated in memory, nothing is written.</summary>
    public bool Write { get; init; } = true;
    /// <summary>False to render every page afresh without reading or writing the build cache
    /// (<c>.digestsite/cache/</c>); publishing builds into a new staging folder each time, where it cannot help.</summary>
    public bool UseCache { get; init; } = true;
    /// <summary>The folder of the build cache; null for the site's <c>.digestsite/cache/</c>. The preview keeps
    /// its cache in its own temporary folder, so that it writes nothing into the site.</summary>
    public string? CacheDir { get; init; }
    /// <summary>"Now", for deciding what is in the future; fixed in tests.</summary>
    public DateTimeOffset? Now { get; init; }
    /// <summary>The search index's memo from the last build in this process (<see cref="BuildResult.Search"/>; the
    /// preview keeps it): a change re-indexes only the digests it touches.</summary>
    public Search.SearchMemo? Search { get; init; }
    /// <summary>Called once every file is written and every finding is known, before the build cache is saved
    /// (the last stage), with the result (its timings are completed after; the time the call takes is the stage
    /// "shown"): the preview shows the site then.</summary>
    public Action<BuildResult>? Written { get; init; }
    /// <summary>Receives each stage's progress (the CLI's progress display); null when nobody watches.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>What the build cache needs of these options.</summary>
    public CacheSettings CacheSettings => new(Write && UseCache, Clean, CacheDir, Drafts, Future);
}

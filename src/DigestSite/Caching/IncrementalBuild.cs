using DigestSite.Topics;
using DigestSite.Pages;
using DigestSite.Rendering;
using DigestSite.Search;
using DigestSite.Site;
using DigestSite.Validation;
using DigestSite.Themes;

namespace DigestSite.Caching;

/// <summary>
/// Exact incremental builds, as the orchestrator sees them: a page whose render key is the one the last build
/// recorded, and whose file is still the one that build wrote (same size and time), is not rendered again;
/// its validation result is reused too while the set of output paths is the same; an input file whose size
/// and time (or content hash) are unchanged is not parsed again (<see cref="InputCache"/>); feeds, the sitemap
/// and the search index are kept in the same way under a key of what they are made from. Everything else (the
/// site model, the fragment check) runs as in a cold build, so the output and the findings are what a cold
/// build gives. Off (<see cref="Disabled"/>) for builds that write nothing.
/// </summary>
public sealed class IncrementalBuild
{
    public const string CacheFolder = ".digestsite/cache";

    private readonly string? _cacheFolder;
    private readonly byte[] _validity;
    private readonly BuildCache _cache;
    private readonly string _outputDir;
    private RenderKeys? _keys;
    private PageJob[] _jobs = [];
    private byte[]?[] _renderKeys = [];
    private byte[] _pathSet = [];
    private int _reused;
    private int _reusedOutputs;
    private Task<HashSet<string>>? _notAsWritten;

    private IncrementalBuild(string? cacheFolder, byte[] validity, BuildCache cache, string outputDir)
    {
        _cacheFolder = cacheFolder;
        _validity = validity;
        _cache = cache;
        _outputDir = outputDir;
        Inputs = new InputCache(cache.Inputs);
        Related = cacheFolder is null ? null : new RelatedMemory(cache.Related);
        Topics = cacheFolder is null ? null : new TopicCorpus(cache.Topics, Inputs.PreviousTopicFacts);
        SearchWords = cacheFolder is null ? null
            : new SearchDocCache(validity, () => cache.Stored?.Search is { } stored ? SearchMemo.Read(validity, stored) : null);
    }

    /// <summary>The read and parse stages' use of the cache.</summary>
    public InputCache Inputs { get; }

    /// <summary>The planning stage's: related digests ranked by the last build (null without a cache).</summary>
    public RelatedMemory? Related { get; }

    /// <summary>The enrich stage's: the corpus step as the last build left it (null without a cache).</summary>
    public TopicCorpus? Topics { get; }

    /// <summary>The search index's: the memo of its last build, read from the cache as needed, and the one this
    /// build makes (null without a cache).</summary>
    public SearchDocCache? SearchWords { get; }

    public static IncrementalBuild Disabled { get; } = new(null, [], BuildCache.Empty, "");

    /// <summary>Pages this build took from the output folder instead of rendering.</summary>
    public int Reused => _reused;

    public int CachedPages => _cache.Pages.Count;

    public static string CachePath(string siteDir, string outputDir, string baseUrl) =>
        Path.Combine(siteDir, CacheFolder, CacheKeys.FileName(outputDir, baseUrl));

    /// <summary>Loads the cache of this output folder and base URL (a folder: <see cref="CacheStore"/>). A clean
    /// build starts without one (and deletes it, with the output folder).</summary>
    public static IncrementalBuild Open(CacheSettings options, string siteDir, string configPath, string outputDir, string baseUrl)
    {
        if (!options.Enabled) return Disabled;
        var cacheFolder = options.Folder is { } folder
            ? Path.Combine(Path.GetFullPath(folder), CacheKeys.FileName(outputDir, baseUrl))
            : CachePath(siteDir, outputDir, baseUrl);
        if (options.Clean && Directory.Exists(cacheFolder)) Directory.Delete(cacheFolder, recursive: true);
        var validity = CacheKeys.Validity(configPath, baseUrl, options);
        var cache = options.Clean ? BuildCache.Empty : CacheStore.Load(cacheFolder, validity);
        return new IncrementalBuild(cacheFolder, validity, cache, outputDir);
    }

    public void Plan(IReadOnlyList<PageJob> jobs, Theme theme)
    {
        if (_cacheFolder is null) return;
        _keys = new RenderKeys(theme);
        _jobs = jobs.ToArray();
        _renderKeys = new byte[]?[jobs.Count];
    }

    /// <summary>The page as the output folder already holds it, or null when it must be rendered. Called from
    /// parallel render workers, each with its own <paramref name="index"/> into the planned jobs.</summary>
    public OutputFile? TryReuse(int index)
    {
        if (_keys is null) return null;
        var job = _jobs[index];
        var key = _keys.For(job);
        _renderKeys[index] = key;
        if (StillWritten(job.OutputPath, key, job.Origin) is not { } reused) return null;
        Interlocked.Increment(ref _reused);
        return reused;
    }

    /// <summary>Starts finding out, on a thread of its own, which of the files the cache records are still the
    /// ones the last build wrote. A file's size and time are a system call each, thousands of them, which the
    /// render workers would otherwise make; called once the inputs are read, it overlaps enrichment and
    /// planning, which leave a core idle much of the time.</summary>
    public void CheckOutputFiles()
    {
        if (_cacheFolder is null || _cache.Pages.Count == 0 || _notAsWritten is not null) return;
        _notAsWritten = Task.Factory.StartNew(() =>
        {
            var changed = new HashSet<string>(StringComparer.Ordinal); // usually none
            foreach (var (path, cached) in _cache.Pages)
                if (!IsAsWritten(Path.Combine(_outputDir, path), cached)) changed.Add(path);
            return changed;
        }, TaskCreationOptions.LongRunning);
    }

    /// <summary>The file at <paramref name="path"/> when the cache recorded <paramref name="key"/> for it and
    /// the file is still the one that build wrote (same size and time: one edited or deleted by hand is not).</summary>
    private OutputFile? StillWritten(string path, byte[] key, string origin)
    {
        if (!_cache.Pages.TryGetValue(path, out var cached) || !cached.RenderKey.AsSpan().SequenceEqual(key)) return null;
        var full = Path.Combine(_outputDir, path);
        var asWritten = CheckedOutputFiles() is { } changed ? !changed.Contains(path) : IsAsWritten(full, cached);
        return asWritten ? OutputFile.Reused(path, full, origin) : null;
    }

    /// <summary>The files <see cref="CheckOutputFiles"/> found changed (waiting for it), or null when it did not
    /// run or could not finish (then each file is looked at when it is needed).</summary>
    private HashSet<string>? CheckedOutputFiles()
    {
        try
        {
            return _notAsWritten?.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static bool IsAsWritten(string fullPath, CachedPage cached)
    {
        // A link planted in the place of a page is not the page written (and is replaced, not reused).
        var file = new FileInfo(fullPath);
        return file.Exists && (file.Attributes & FileAttributes.ReparsePoint) == 0
            && file.Length == cached.Size && file.LastWriteTimeUtc == cached.LastWriteUtc;
    }

    /// <summary>A keyed output (a feed) as the output folder already holds it, when the cache recorded the same
    /// key for it and its file is still the one written; null for a build without cache.</summary>
    public OutputReuse? ReuseOutputs => _cacheFolder is null ? null : (path, key, origin) =>
    {
        var reused = KeptOutput(path, key, origin);
        if (reused is not null) Interlocked.Increment(ref _reusedOutputs);
        return reused;
    };

    /// <summary>Keyed outputs (feeds) this build took from the output folder instead of writing them.</summary>
    public int ReusedOutputs => _reusedOutputs;

    /// <summary>As <see cref="ReuseOutputs"/>, for the sitemap and search index (not counted as feeds).</summary>
    public OutputReuse? ReuseIndexes => _cacheFolder is null ? null : KeptOutput;

    /// <summary>A keyed output still as written, with its key: recorded again by Save, like one written now.</summary>
    private OutputFile? KeptOutput(string path, byte[] key, string origin) =>
        StillWritten(path, key, origin) is { } reused ? reused with { CacheKey = key } : null;

    /// <summary>How the validator may skip the first pass for a page: a reused page keeps its cached result
    /// while the set of output paths (which its links were checked against) is the one the cache saw.</summary>
    /// <param name="outputPaths">Every file the build writes.</param>
    public Func<OutputFile, PageResult?>? ReusableChecks(IEnumerable<string> outputPaths)
    {
        if (_cacheFolder is null) return null;
        _pathSet = CacheKeys.PathSet(outputPaths);
        if (!_pathSet.AsSpan().SequenceEqual(_cache.PathSet)) return null;
        return page => page.IsReused && _cache.Pages.TryGetValue(page.Path, out var cached)
            ? new PageResult(page, cached.Check.Findings, cached.Check.Anchors, cached.Check.FragmentLinks)
            : null;
    }

    /// <summary>The size and time of a file as now on disk, or null when it is not. A reused file is the one the
    /// cache recorded (this build checked it was still so, and did not write it): it is not looked at again.</summary>
    private (long Size, DateTime LastWriteUtc)? Stamp(OutputFile output)
    {
        if (output.IsReused && _cache.Pages.TryGetValue(output.Path, out var cached)) return (cached.Size, cached.LastWriteUtc);
        var file = new FileInfo(Path.Combine(_outputDir, output.Path));
        return file.Exists ? (file.Length, file.LastWriteTimeUtc) : null;
    }

    /// <summary>The cache's own record of a page this build reused with the cached validation result: its key,
    /// file and result are the recorded ones (most pages of a rebuild).</summary>
    private CachedPage? AsCached(PageResult check) =>
        check.Page.IsReused && _cache.Pages.TryGetValue(check.Page.Path, out var cached)
            && ReferenceEquals(check.Findings, cached.Check.Findings) && ReferenceEquals(check.Anchors, cached.Check.Anchors)
            && ReferenceEquals(check.FragmentLinks, cached.Check.FragmentLinks)
            ? cached
            : null;

    /// <summary>Records, after a successful write, what the next build may reuse: each rendered or reused page
    /// with its key, the size and time of its file as now on disk, and its validation result.</summary>
    /// <param name="search">The search index's memo this build made, or null when it made none.</param>
    public void Save(IReadOnlyList<PageResult> checks, IReadOnlyList<OutputFile> outputs, SearchMemo? search)
    {
        if (_cacheFolder is null || _keys is null) return;
        var checkByPath = checks.ToDictionary(c => c.Page.Path, StringComparer.Ordinal);
        var pages = new Dictionary<string, CachedPage>(_jobs.Length, StringComparer.Ordinal);
        for (var i = 0; i < _jobs.Length; i++)
        {
            var path = _jobs[i].OutputPath;
            if (_renderKeys[i] is not { } key || !checkByPath.TryGetValue(path, out var check)) continue; // not rendered (template error)
            if (AsCached(check) is { } unchanged) { pages[path] = unchanged; continue; }
            if (Stamp(check.Page) is not var (size, time)) continue;
            pages[path] = new CachedPage(key, size, time, CachedCheck.From(check));
        }
        foreach (var output in outputs)
        {
            if (output.CacheKey is not { } key || Stamp(output) is not var (size, time)) continue;
            pages[output.Path] = new CachedPage(key, size, time, CachedCheck.None);
        }
        try
        {
            CacheStore.Save(_cacheFolder, _validity, new BuildCache(_pathSet, pages, Inputs.Current)
                { Related = Related?.Current, Topics = Topics?.Current }, _cache, search);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The site is written; only the next build's speed is lost. An old cache would still be safe (its
            // files' times no longer match) but is of no use either.
            try { File.Delete(Path.Combine(_cacheFolder, CacheStore.ManifestName)); }
            catch (Exception d) when (d is IOException or UnauthorizedAccessException) { }
        }
    }
}

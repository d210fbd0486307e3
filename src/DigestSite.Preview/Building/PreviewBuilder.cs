using System.Diagnostics;
using DigestSite.Build;
using DigestSite.Configuration;
using DigestSite.Diagnostics;
using DigestSite.Preview.LiveReload;

namespace DigestSite.Preview.Building;

/// <summary>
/// Runs the build for the preview and decides what readers see. Each build is the incremental build of
/// <c>digestsite build</c> (its cache on disk, in the preview's folder), into the standby copy of the site
/// (<see cref="PreviewFolders"/>); it is shown, by swapping the copies, only when it brings no error that the
/// site being served did not already have: a change that breaks a digest, a template or statiq.yml is held back,
/// its problems are shown, and the last good site stays. (A site that starts out with a broken digest still
/// previews: that error is not new.)
/// </summary>
public sealed class PreviewBuilder(PreviewOptions options, PreviewFolders folders, string baseUrl, ReaderWriterLockSlim publishLock, PreviewConsole console)
{
    private readonly string _session = Guid.NewGuid().ToString("N")[..8];
    private int _generation;
    private HashSet<string>? _servedErrors; // null until a first site has been shown
    private HashSet<string> _reported = [];
    private bool _closed;
    private IReadOnlyDictionary<string, string> _links = new Dictionary<string, string>();
    private IReadOnlyDictionary<string, string> _moved = new Dictionary<string, string>();
    // The search index of the last build, patched by the next one (a memo the build takes and gives back).
    private DigestSite.Search.SearchMemo? _search;

    public string Version => $"{_session}-{_generation}";

    public PreviewStatus Status { get; private set; } = PreviewStatus.Initial;

    /// <summary>Builds, publishes when the build may be shown, and says whether open pages need a reload. The
    /// decision is made, and <paramref name="shown"/> called with it, as soon as every file is written and every
    /// finding known, while the build goes on to save its cache; the outcome returned is that one, with the
    /// build's whole time.</summary>
    public BuildOutcome Rebuild(Action<BuildOutcome>? shown = null)
    {
        var clock = Stopwatch.StartNew();
        BuildOutcome? decided = null;
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(new BuildOptions
            {
                SiteDir = options.SiteDir, OutputDir = folders.Standby, BaseUrl = baseUrl, Now = options.Now,
                Drafts = options.Drafts, Future = options.Future, CacheDir = folders.CacheDir, Search = _search,
                Written = written =>
                {
                    decided = Decide(written, clock.Elapsed) with { ToldAfter = clock.Elapsed };
                    shown?.Invoke(decided);
                },
            });
            _search = result.Search;
        }
        catch (ConfigException e)
        {
            return HoldBack(Report([e.Message]), clock.Elapsed);
        }
        catch (Exception e) when (decided is null)
        {
            // A file that vanished mid-build (an editor saving), or a bug: either way the server stays up, says
            // what happened, and the next change builds again.
            return HoldBack(Report([$"digestsite: error: the build failed ({e.GetType().Name}): {e.Message}"]), clock.Elapsed);
        }
        return decided is not null
            ? decided with { Elapsed = clock.Elapsed, Stages = result.Timings }
            : Decide(result, clock.Elapsed);
    }

    /// <summary>Shows the build (swaps the copies) when it brings no new error, or holds it back.</summary>
    private BuildOutcome Decide(BuildResult result, TimeSpan elapsed)
    {
        if (result.Site is null) // nothing was built (no digest found): there is nothing to show
            return HoldBack(Report(result.Diagnostics.Select(d => d.ToString()).ToList()), elapsed);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var newErrors = _servedErrors is null ? [] : errors.Where(e => !_servedErrors.Contains(Key(e))).ToList();
        Report(result.Diagnostics.Select(d => d.ToString()).ToList());
        if (newErrors.Count > 0)
            return HoldBack(newErrors.Concat(errors.Except(newErrors)).Select(d => d.ToString()).ToList(), elapsed);

        publishLock.EnterWriteLock();
        try
        {
            if (_closed) return new BuildOutcome(Status, Published: false, Changed: false, elapsed);
            folders.Swap();
        }
        finally
        {
            publishLock.ExitWriteLock();
        }
        var written = result.Stats;
        // The standby copy was one build behind, so a build that changed nothing since the served one may still
        // have written the previous build's files: then open pages reload once more than needed, nothing worse.
        var changed = _servedErrors is null || written.Written + written.Removed > 0;
        _servedErrors = errors.Select(Key).ToHashSet(StringComparer.Ordinal);
        if (changed)
        {
            _generation++;
            var links = DigestLinks.Of(result.Site);
            _moved = DigestLinks.Moves(_links, links);
            _links = links;
        }
        Status = new PreviewStatus(Version, errors.Select(d => d.ToString()).ToList(), HeldBack: false, _moved)
        {
            Unpublished = UnpublishedMarks.Of(result.Site, options.Now ?? DateTimeOffset.Now),
        };
        var digests = result.Stats.Digests == 1 ? "1 digest" : $"{result.Stats.Digests} digests";
        console.Out.WriteLine($"Built {digests} in {(long)elapsed.TotalMilliseconds} ms: " +
                              $"{written.Written} files written, {written.Removed} removed; {result.Errors} errors, {result.Warnings} warnings");
        return new BuildOutcome(Status, Published: true, Changed: changed, elapsed) { Stages = result.Timings };
    }

    /// <summary>Once a first site is shown, makes the standby copy of it (see
    /// <see cref="PreviewFolders.MirrorServedIntoStandby"/>); should that fail, the next build is a cold one.</summary>
    public void PrepareStandby(CancellationToken stop)
    {
        if (_servedErrors is null) return;
        try
        {
            folders.MirrorServedIntoStandby(baseUrl, stop);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"digestsite: warning: the preview could not prepare its second copy of the site ({e.Message}); the next build is a full one");
        }
    }

    /// <summary>Stops all showing of new builds (the session is about to delete the preview folder). Waits for a
    /// swap in progress to finish.</summary>
    public void Close()
    {
        publishLock.EnterWriteLock();
        _closed = true;
        publishLock.ExitWriteLock();
    }

    private BuildOutcome HoldBack(IReadOnlyList<string> problems, TimeSpan elapsed)
    {
        Status = new PreviewStatus(Version, problems, HeldBack: true, _moved) { Unpublished = Status.Unpublished };
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        console.Out.WriteLine(_servedErrors is null
            ? $"Not built ({count}); fix and save to try again."
            : $"Not published ({count}); the last good site is still served.");
        return new BuildOutcome(Status, Published: false, Changed: false, elapsed);
    }

    /// <summary>Prints problems not printed after the previous build, so a preview left running all day does
    /// not repeat the same warnings on every save.</summary>
    private IReadOnlyList<string> Report(IReadOnlyList<string> lines)
    {
        foreach (var line in lines.Where(l => !_reported.Contains(l))) console.Error.WriteLine(line);
        _reported = lines.ToHashSet(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>An error is "the same" across builds when its file and message are; lines move as text is edited.</summary>
    private static string Key(Diagnostic d) => d.Path + "\n" + d.Message;
}

/// <summary>What a rebuild did: the status for open pages, whether it was written, whether files changed, and
/// how long it took (with the build's stages, when it got that far).</summary>
public sealed record BuildOutcome(PreviewStatus Status, bool Published, bool Changed, TimeSpan Elapsed)
{
    public IReadOnlyList<StageTiming> Stages { get; init; } = [];
    /// <summary>When, from the build's start, open pages were told of it (every file written and every finding
    /// known; the build then saves its cache), or null when they were told only once it ended.</summary>
    public TimeSpan? ToldAfter { get; init; }
}

using DigestSite.Preview.Building;
using DigestSite.Preview.LiveReload;
using DigestSite.Preview.Serving;
using DigestSite.Preview.Watching;

namespace DigestSite.Preview;

/// <summary>
/// A running preview: builds the site into a private folder, serves it, and rebuilds on every change to the
/// inputs until stopped. The pieces, in the order data flows: <see cref="SiteWatcher"/> →
/// <see cref="Debouncer"/> → <see cref="PreviewBuilder"/> (the incremental build, through SiteBuilder, into the
/// standby copy of <see cref="PreviewFolders"/>) →
/// <see cref="ReloadHub"/> (tells open pages) and <see cref="SiteRequestHandler"/> (serves the folder).
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly PreviewConsole _console;
    private readonly ReaderWriterLockSlim _publishLock = new();
    private readonly Debouncer _debouncer;
    private readonly CancellationTokenSource _stop = new();
    private readonly ReloadHub _hub = new(PreviewStatus.Initial);
    private PreviewServer? _server;
    private PreviewBuilder? _builder;
    private SiteWatcher? _watcher;
    private Task _loop = Task.CompletedTask;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _stopped;

    private readonly PreviewFolders _folders;

    private PreviewSession(PreviewOptions options, PreviewConsole console)
    {
        _console = console;
        _debouncer = new Debouncer(options.Debounce, TimeSpan.FromTicks(options.Debounce.Ticks * 8));
        _folders = new PreviewFolders(SessionFolders.NewPath(Path.GetTempPath()));
    }

    /// <summary>The address to open, e.g. "http://127.0.0.1:5080/".</summary>
    public string Url { get; private set; } = "";

    /// <summary>The copy of the built site being served, in the preview's private folder (removed on stop).</summary>
    public string OutputDir => _folders.Served;

    /// <summary>The preview's private folder under the temp folder: both copies of the site and the build cache.</summary>
    public string SessionDir => _folders.Root;

    /// <summary>The latest build's status, as open pages were told.</summary>
    public PreviewStatus Status => _builder?.Status ?? PreviewStatus.Initial;

    /// <summary>Completes when the first build is done (published or not); canceled if the session stops first.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Raised after each rebuild that follows a change (not after the first build).</summary>
    public event Action<BuildOutcome>? Rebuilt;

    /// <summary>Listens, starts watching, and starts the first build (see <see cref="Ready"/>). Throws
    /// <see cref="PreviewStartException"/> for problems the user must fix before a preview can run (no site
    /// folder, bad --host, port in use).</summary>
    public static async Task<PreviewSession> StartAsync(PreviewOptions options, PreviewConsole console)
    {
        if (!Directory.Exists(options.SiteDir))
            throw new PreviewStartException($"site folder '{options.SiteDir}' does not exist");
        if (!ListenAddress.TryParse(options.Host, out var address, out var problem))
            throw new PreviewStartException(problem!);
        if (options.Port is < 0 or > 65535)
            throw new PreviewStartException($"--port must be between 0 (any free port) and 65535, not {options.Port}");
        if (!address.IsLoopback)
            console.Error.WriteLine($"digestsite: warning: listening on {address.Host}: other machines that can reach this one can read the preview");

        options = options with { SiteDir = Path.GetFullPath(options.SiteDir) };
        SessionFolders.RemoveStale(Path.GetTempPath());
        var session = new PreviewSession(options, console);
        try
        {
            await session.StartAsync(options, address);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync(PreviewOptions options, ListenAddress address)
    {
        Directory.CreateDirectory(_folders.Served);
        var paths = new System.Collections.Concurrent.ConcurrentDictionary<string, OutputPaths>(StringComparer.Ordinal);
        var site = new SiteRequestHandler(() => paths.GetOrAdd(_folders.Served, folder => new OutputPaths(folder)),
            _publishLock, () => _builder?.Version ?? "none");
        _server = await ListenAsync(options, address, site);
        Url = address.UrlFor(_server.Port);

        _builder = new PreviewBuilder(options, _folders, Url, _publishLock, _console);
        // Watch before the first build, so that a save during it is not missed.
        _watcher = new SiteWatcher(options.SiteDir, _debouncer.Signal);
        _watcher.Refresh();
        _loop = Task.Run(BuildAndRebuildOnChangesAsync);
    }

    /// <summary>Listens on the port asked for. The default port, when taken (another preview, another server),
    /// moves on to the next free one and says so; a port the user chose stays an error.</summary>
    private async Task<PreviewServer> ListenAsync(PreviewOptions options, ListenAddress address, SiteRequestHandler site)
    {
        const int tries = 20;
        for (var port = options.Port; ; port++)
        {
            try
            {
                var server = await PreviewServer.StartAsync(address, port, site, _hub);
                if (port != options.Port)
                    _console.Error.WriteLine($"digestsite: note: port {options.Port} is in use; serving on port {port} instead (choose one with --port)");
                return server;
            }
            catch (PreviewStartException e) when (e.PortInUse && options.PortIsDefault && port is > 0 and < 65535 && port < options.Port + tries)
            {
            }
        }
    }

    /// <summary>The first build runs here too, not in <see cref="StartAsync(PreviewOptions, PreviewConsole)"/>:
    /// the server answers at once (pages reload when the site is there) and Ctrl+C is not kept waiting by a
    /// long first build.</summary>
    private async Task BuildAndRebuildOnChangesAsync()
    {
        try
        {
            await BuildAndRebuildAsync();
        }
        finally
        {
            // A build still running when the session stopped wrote after the folder was removed: removed again.
            if (_stop.IsCancellationRequested && Volatile.Read(ref _removed) == 1) RemoveOutput();
        }
    }

    private async Task BuildAndRebuildAsync()
    {
        RebuildAndTell();
        if (_stop.IsCancellationRequested) return;
        _ready.TrySetResult();
        _builder!.PrepareStandby(_stop.Token);
        while (true)
        {
            try
            {
                await _debouncer.WaitForBurstAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            // Watch what this build reads before open pages hear of it: a folder made since the last build
            // (static/, a new input folder) is then watched before anyone can edit inside it. A folder made while
            // it builds signals again, and the next build takes it up here.
            _watcher!.Refresh();
            var outcome = RebuildAndTell();
            if (_stop.IsCancellationRequested) return;
            if (outcome.Changed && _hub.Clients > 0)
                _console.Out.WriteLine($"Reloading {(_hub.Clients == 1 ? "1 open page" : $"{_hub.Clients} open pages")}");
            Rebuilt?.Invoke(outcome);
        }
    }

    /// <summary>Builds, and tells open pages as soon as the build is written and judged (before it saves its
    /// cache), or when it ends should it end before that.</summary>
    private BuildOutcome RebuildAndTell()
    {
        var told = false;
        var outcome = _builder!.Rebuild(shown =>
        {
            if (_stop.IsCancellationRequested) return;
            _hub.Publish(shown.Status);
            told = true;
        });
        if (!told && !_stop.IsCancellationRequested) _hub.Publish(outcome.Status);
        return outcome;
    }

    /// <summary>Stops within about two seconds whatever is open: event streams end when the server stops, a
    /// build in progress is waited for a moment, and the preview folder is removed (by the build, should it
    /// finish later; by the next preview, should the process end first).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        _stop.Cancel();
        _ready.TrySetCanceled();
        _watcher?.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }
        await Task.WhenAny(_loop, Task.Delay(TimeSpan.FromMilliseconds(1200)));
        _builder?.Close();
        Volatile.Write(ref _removed, 1);
        if (_loop.IsCompleted) RemoveOutput();
    }

    private int _removed;

    private void RemoveOutput()
    {
        try
        {
            // The folder is the session's own (named for this process, made by it), whatever it holds.
            if (Directory.Exists(_folders.Root)) Directory.Delete(_folders.Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _console.Error.WriteLine($"digestsite: warning: could not remove the preview folder {_folders.Root}: {e.Message}");
        }
    }
}

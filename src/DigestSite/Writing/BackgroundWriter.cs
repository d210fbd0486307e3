using System.Collections.Concurrent;
using DigestSite.Site;

namespace DigestSite.Writing;

/// <summary>
/// The write stage of a build, started before its pages are rendered: each file is handed over as soon as it is
/// made (a page once rendered, the feeds once made) and written on a thread of its own, as
/// <see cref="OutputWriter.Write"/> would write it. The file system's share of a build (a few system calls a
/// file, and the waits between them) then overlaps rendering and validation instead of following them.
/// Once told every file is queued (<see cref="AllQueued"/>), it does what needs the whole list: removing what an
/// earlier build wrote that this one no longer makes, and the manifest.
/// </summary>
public sealed class BackgroundWriter : IDisposable
{
    private readonly BlockingCollection<OutputFile> _queue = new();
    private readonly string _outputDir;
    private readonly IReadOnlyCollection<string> _planned;
    private IReadOnlyList<ReplacedLink> _replacedLinks = [];
    private readonly Task<WriteResult> _writing;
    private volatile IReadOnlyList<OutputFile>? _files; // set once every file is queued
    private readonly object _gate = new();
    private long _heldQueued; // bytes of held pages queued and not yet written

    /// <summary>How far the writer may fall behind, in bytes of held pages (see <see cref="Add"/>).</summary>
    private const long MaxHeldQueued = 8L << 20;

    /// <param name="clean">Delete what the last build wrote first (<c>--clean</c>), on the writer's thread too.</param>
    /// <param name="planned">The paths the build plans to write, listed in the manifest before the first is.</param>
    public BackgroundWriter(string outputDir, bool clean, IReadOnlyCollection<string>? planned = null)
    {
        _outputDir = outputDir;
        _planned = planned ?? [];
        _writing = Task.Factory.StartNew(() => Run(clean), TaskCreationOptions.LongRunning);
    }

    /// <summary>Queues a file; from any thread. Each path once. A page held until written (<see cref="OutputFile.HeldUntilWritten"/>)
    /// waits while the writer is more than <see cref="MaxHeldQueued"/> behind: creating files and folders is the
    /// slow part of a cold build on some file systems, and pages queued faster than that would otherwise pile up in
    /// memory.</summary>
    public void Add(OutputFile file)
    {
        var size = file.HeldSize;
        if (size > 0)
        {
            lock (_gate)
            {
                while (_heldQueued > MaxHeldQueued && !_writing.IsCompleted) Monitor.Wait(_gate, 100);
                _heldQueued += size;
            }
        }
        _queue.Add(file);
    }

    /// <summary>Says that every file is queued: <paramref name="files"/>, the build's whole list. Once they are
    /// written, the writer's thread removes stale files and records the manifest.</summary>
    public void AllQueued(IReadOnlyList<OutputFile> files)
    {
        _files = files;
        _queue.CompleteAdding();
    }

    /// <summary>Waits for the writer's thread to be done (<see cref="AllQueued"/> first), and rethrows what it met.</summary>
    public WriteResult Finish() => _writing.GetAwaiter().GetResult();

    /// <summary>Links found in the output folder where a file or folder goes, and replaced (once finished).</summary>
    public IReadOnlyList<ReplacedLink> ReplacedLinks => _replacedLinks;

    /// <summary>A build that fails before <see cref="AllQueued"/> lets the writer's thread end (what was queued is
    /// written; nothing is removed, and the manifest still names every file it may have written, for the next build).</summary>
    public void Dispose() => _queue.CompleteAdding();

    private WriteResult Run(bool clean)
    {
        var session = OutputSession.Open(_outputDir, _planned, clean);
        int written = 0, unchanged = 0;
        try
        {
            foreach (var file in _queue.GetConsumingEnumerable())
            {
                session.MakeFolder(file);
                var size = file.HeldSize;
                if (session.Put(file)) written++;
                else unchanged++;
                file.Written();
                if (size > 0)
                {
                    lock (_gate)
                    {
                        _heldQueued -= size;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
            return _files is { } files
                ? new WriteResult(written, unchanged, session.Close(files))
                : new WriteResult(written, unchanged, 0);
        }
        finally
        {
            _replacedLinks = session.ReplacedLinks;
        }
    }
}

using DigestSite.Caching;
using DigestSite.Writing;

namespace DigestSite.Preview.Building;

/// <summary>
/// The preview's private folder: two copies of the built site and the build cache of each. One copy is served;
/// the next build goes into the other (the standby) with the same incremental build as <c>digestsite build</c>,
/// and the copies swap when that build may be shown. A build that brings a new error is held back simply by not
/// swapping, so the last good site stays served untouched. The standby is one build behind the served copy, which
/// the incremental build catches up on (the pages of two edits, not of the whole site).
/// </summary>
public sealed class PreviewFolders
{
    private readonly string[] _copies;
    private int _served = -1; // none until the first build is shown

    public PreviewFolders(string root)
    {
        Root = root;
        _copies = [Path.Combine(root, "a"), Path.Combine(root, "b")];
    }

    /// <summary>The session's folder, holding both copies and their caches.</summary>
    public string Root { get; }

    /// <summary>Where the build cache goes: inside the session's folder, so the preview writes nothing into the site.</summary>
    public string CacheDir => Path.Combine(Root, IncrementalBuild.CacheFolder);

    /// <summary>The copy readers see (the first copy before anything was shown).</summary>
    public string Served => _copies[Math.Max(_served, 0)];

    /// <summary>The copy the next build writes.</summary>
    public string Standby => _served < 0 ? _copies[0] : _copies[1 - _served];

    /// <summary>Makes the standby the served copy (under the publish lock: no request reads meanwhile).</summary>
    public void Swap() => _served = _served < 0 ? 0 : 1 - _served;

    /// <summary>After the first build is shown, copies it into the standby, file times and build cache included,
    /// so that the first edit is an incremental build too rather than a cold one of the whole site.</summary>
    public void MirrorServedIntoStandby(string baseUrl, CancellationToken stop)
    {
        var from = Served;
        var to = Standby;
        if (from == to || OutputFolder.IsOurs(to)) return;
        foreach (var source in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            stop.ThrowIfCancellationRequested();
            var target = Path.Combine(to, Path.GetRelativePath(from, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(source));
        }
        var cache = IncrementalBuild.CachePath(Root, from, baseUrl);
        if (!Directory.Exists(cache)) return;
        foreach (var source in Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(IncrementalBuild.CachePath(Root, to, baseUrl), Path.GetRelativePath(cache, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
        }
    }
}

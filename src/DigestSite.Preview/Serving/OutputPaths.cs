namespace DigestSite.Preview.Serving;

/// <summary>
/// Maps request paths to files of the output folder, the pretty-URL way ("/digests/x/" is
/// "digests/x/index.html"; "/digests/x" redirects to "/digests/x/"), and refuses every path that could name a
/// file outside the folder. The raw request target is checked as well as the decoded path: the server removes
/// dot segments before we see the path, so "/../etc/passwd" would otherwise arrive looking harmless.
/// </summary>
public sealed class OutputPaths(string root)
{
    private readonly string _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);

    public string Root => _root;

    /// <param name="rawTarget">The request target as sent (still percent-encoded), query included.</param>
    /// <param name="path">The decoded path, starting with a slash.</param>
    public Resolution Resolve(string rawTarget, string path)
    {
        if (IsEscapeAttempt(rawTarget) || !path.StartsWith('/')) return Resolution.BadRequest;
        var segments = path[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            if (segment.Length == 0 && !last) return Resolution.BadRequest; // "//": an absolute path in disguise
            if (segment is "." or ".." || segment.IndexOfAny(Forbidden) >= 0) return Resolution.BadRequest;
            if (segment.StartsWith('.')) return Resolution.NotFound; // the manifest and other bookkeeping
        }

        var full = Path.GetFullPath(Path.Combine(_root, Path.Combine(segments)));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return Resolution.BadRequest;

        if (path.EndsWith('/'))
            return Existing(Path.Combine(full, "index.html"));
        if (File.Exists(full))
            return Existing(full);
        if (Directory.Exists(full) && File.Exists(Path.Combine(full, "index.html")))
            return Resolution.Redirect(path + "/");
        return Resolution.NotFound;
    }

    /// <summary>The site's own not-found page, when the build made one.</summary>
    public string? NotFoundPage => File.Exists(Path.Combine(_root, "404.html")) ? Path.Combine(_root, "404.html") : null;

    private Resolution Existing(string file)
    {
        var info = new FileInfo(file);
        if (!info.Exists) return Resolution.NotFound;
        // The build writes plain files; a link (which only someone else could have put there) may point anywhere.
        if (info.LinkTarget is not null) return Resolution.NotFound;
        return Resolution.File(info.FullName);
    }

    private static readonly char[] Forbidden = ['\\', '\0', ':', '%'];

    /// <summary>Dot segments and encoded dots, slashes, backslashes or NULs in the raw target.</summary>
    private static bool IsEscapeAttempt(string rawTarget)
    {
        var rawPath = rawTarget.Split('?', 2)[0];
        foreach (var encoded in EncodedTricks)
            if (rawPath.Contains(encoded, StringComparison.OrdinalIgnoreCase)) return true;
        return rawPath.Contains('\\') || rawPath.Split('/').Any(s => s is "." or "..");
    }

    private static readonly string[] EncodedTricks = ["%2e", "%2f", "%5c", "%00"];
}

using System.Buffers;

namespace DigestSite.Site;

/// <summary>A file of the built site: its path in the output folder, its final bytes, and where it came from
/// (the digest and template, for messages). Validation reads exactly these bytes; the writer writes them.
/// A page an incremental build did not render (<see cref="IsReused"/>) is the file already in the output
/// folder: its bytes are read from there only if someone asks for them, and the writer leaves it alone.
/// A page rendered into a lent buffer (<see cref="Lent"/>) holds its bytes until the writer has written them;
/// from then on they are read from the file if asked for.</summary>
public sealed record OutputFile
{
    private readonly byte[]? _bytes;
    private readonly LentBytes? _lent;
    private readonly Lazy<byte[]>? _onDisk;

    public OutputFile(string path, byte[] bytes, string origin)
    {
        Path = path;
        Origin = origin;
        _bytes = bytes;
    }

    private OutputFile(string path, string fullPath, string origin, LentBytes? lent)
    {
        Path = path;
        Origin = origin;
        _lent = lent;
        _onDisk = new Lazy<byte[]>(() => File.ReadAllBytes(fullPath));
    }

    /// <summary>A page whose bytes an earlier build wrote to <paramref name="fullPath"/> and which this build
    /// would render to the same bytes (the build cache vouches for that).</summary>
    public static OutputFile Reused(string path, string fullPath, string origin) => new(path, fullPath, origin, lent: null);

    /// <summary>A page whose bytes are in a buffer from <paramref name="pool"/> until <see cref="Written"/>, and in
    /// the file at <paramref name="fullPath"/> after.</summary>
    public static OutputFile Lent(string path, ReadOnlySpan<byte> bytes, ArrayPool<byte> pool, string fullPath, string origin) =>
        new(path, fullPath, origin, new LentBytes(bytes, pool));

    public string Path { get; }
    public string Origin { get; }
    /// <summary>For outputs an incremental build can reuse (feeds): the key of what the bytes were made from.</summary>
    public byte[]? CacheKey { get; init; }

    /// <summary>The bytes, without a copy while they are in memory.</summary>
    public ReadOnlySpan<byte> Content => _bytes ?? (_lent is { IsReturned: false } lent ? lent.Span : _onDisk!.Value);

    /// <summary>The bytes as an array of their own (a copy for a lent page).</summary>
    public byte[] Bytes => _bytes ?? (_lent is { IsReturned: false } lent ? lent.Span.ToArray() : _onDisk!.Value);

    public bool IsReused => _onDisk is not null && _lent is null;
    public bool IsHtml => IsHtmlPath(Path);

    /// <summary>The size of a lent page's buffer still lent (0 for other files).</summary>
    public int LentSize => _lent is { IsReturned: false } lent ? lent.Length : 0;

    /// <summary>Called by the writer once the file is on disk: a lent page gives its buffer back.</summary>
    public void Written() => _lent?.Return();

    /// <summary>Whether an output path is an HTML page's.</summary>
    public static bool IsHtmlPath(string path) => path.EndsWith(".html", StringComparison.Ordinal);
}

namespace DigestSite.Site;

/// <summary>A file of the built site: its path in the output folder, its final bytes, and where it came from
/// (the digest and template, for messages). Validation reads exactly these bytes; the writer writes them.
/// A page an incremental build did not render (<see cref="IsReused"/>) is the file already in the output
/// folder: its bytes are read from there only if someone asks for them, and the writer leaves it alone.
/// A page held until written (<see cref="HeldUntilWritten"/>) keeps its bytes in memory until the writer has
/// written them, so that a build's memory holds the pages in flight, not every page; from then on they are read
/// from the file if asked for.</summary>
public sealed record OutputFile
{
    private readonly byte[]? _bytes;
    private byte[]? _held;
    private readonly bool _isHeld;
    private readonly Lazy<byte[]>? _onDisk;

    public OutputFile(string path, byte[] bytes, string origin)
    {
        Path = path;
        Origin = origin;
        _bytes = bytes;
    }

    private OutputFile(string path, string fullPath, string origin, byte[]? held)
    {
        Path = path;
        Origin = origin;
        _held = held;
        _isHeld = held is not null;
        _onDisk = new Lazy<byte[]>(() => File.ReadAllBytes(fullPath));
    }

    /// <summary>A page whose bytes an earlier build wrote to <paramref name="fullPath"/> and which this build
    /// would render to the same bytes (the build cache vouches for that).</summary>
    public static OutputFile Reused(string path, string fullPath, string origin) => new(path, fullPath, origin, held: null);

    /// <summary>A page whose bytes are held in memory until <see cref="Written"/>, and in the file at
    /// <paramref name="fullPath"/> after.</summary>
    public static OutputFile HeldUntilWritten(string path, byte[] bytes, string fullPath, string origin) =>
        new(path, fullPath, origin, bytes);

    /// <summary>This file held until written to <paramref name="outputDir"/> (see <see cref="HeldUntilWritten"/>),
    /// when its bytes are in memory for good; else this file.</summary>
    public OutputFile HeldUntilWrittenIn(string outputDir) => _bytes is { } bytes
        ? HeldUntilWritten(Path, bytes, System.IO.Path.Combine(outputDir, Path), Origin) with { CacheKey = CacheKey }
        : this;

    public string Path { get; }
    public string Origin { get; }
    /// <summary>For outputs an incremental build can reuse (feeds): the key of what the bytes were made from.</summary>
    public byte[]? CacheKey { get; init; }

    /// <summary>The bytes, without a copy while they are in memory.</summary>
    public ReadOnlySpan<byte> Content => Bytes;

    /// <summary>The bytes (not to be changed: the writer and the validator read the same array).</summary>
    public byte[] Bytes => _bytes ?? Volatile.Read(ref _held) ?? _onDisk!.Value;

    public bool IsReused => _onDisk is not null && !_isHeld;
    public bool IsHtml => IsHtmlPath(Path);

    /// <summary>The size of a held page's bytes while they are held (0 for other files).</summary>
    public int HeldSize => Volatile.Read(ref _held)?.Length ?? 0;

    /// <summary>Called by the writer once the file is on disk: a held page lets its bytes go.</summary>
    public void Written() => Volatile.Write(ref _held, null);

    /// <summary>Whether an output path is an HTML page's.</summary>
    public static bool IsHtmlPath(string path) => path.EndsWith(".html", StringComparison.Ordinal);
}

namespace DigestSite.Site;

/// <summary>A file of the built site: its path in the output folder, its final bytes, and where it came from
/// (the digest and template, for messages). Validation reads exactly these bytes; the writer writes them.
/// A page an incremental build did not render (<see cref="IsReused"/>) is the file already in the output
/// folder: its bytes are read from there only if someone asks for them, and the writer leaves it alone.</summary>
public sealed record OutputFile
{
    private readonly byte[]? _bytes;
    private readonly Lazy<byte[]>? _onDisk;

    public OutputFile(string path, byte[] bytes, string origin)
    {
        Path = path;
        Origin = origin;
        _bytes = bytes;
    }

    private OutputFile(string path, string fullPath, string origin)
    {
        Path = path;
        Origin = origin;
        _onDisk = new Lazy<byte[]>(() => File.ReadAllBytes(fullPath));
    }

    /// <summary>A page whose bytes an earlier build wrote to <paramref name="fullPath"/> and which this build
    /// would render to the same bytes (the build cache vouches for that).</summary>
    public static OutputFile Reused(string path, string fullPath, string origin) => new(path, fullPath, origin);

    public string Path { get; }
    public string Origin { get; }
    /// <summary>For outputs an incremental build can reuse (feeds): the key of what the bytes were made from.</summary>
    public byte[]? CacheKey { get; init; }
    public byte[] Bytes => _bytes ?? _onDisk!.Value;
    public bool IsReused => _onDisk is not null;
    public bool IsHtml => IsHtmlPath(Path);

    /// <summary>Whether an output path is an HTML page's.</summary>
    public static bool IsHtmlPath(string path) => path.EndsWith(".html", StringComparison.Ordinal);
}

using System.Buffers;
using DigestSite.Site;

namespace DigestSite.Rendering;

/// <summary>
/// Where rendered pages keep their bytes: in arrays of their own (a build that writes nothing, whose files are
/// its result), or in buffers lent by a pool until the writer has written them (<see cref="LentBytes"/>).
/// </summary>
public sealed class PageStore
{
    private readonly ArrayPool<byte>? _pool;
    private readonly string _outputDir;

    private PageStore(ArrayPool<byte>? pool, string outputDir)
    {
        _pool = pool;
        _outputDir = outputDir;
    }

    public static PageStore Owned { get; } = new(null, "");

    /// <summary>Pages lent a buffer until written into <paramref name="outputDir"/>: a pool of buffers up to 4 MiB
    /// (a larger page gets an array of its own), enough of each size for the pages a writer falls behind by.</summary>
    public static PageStore LentUntilWritten(string outputDir) =>
        new(ArrayPool<byte>.Create(maxArrayLength: 4 << 20, maxArraysPerBucket: 512), outputDir);

    /// <summary>A page file holding <paramref name="bytes"/> (copied: the caller's buffer is its own).</summary>
    public OutputFile Keep(string path, ReadOnlySpan<byte> bytes, string origin) =>
        _pool is null
            ? new OutputFile(path, bytes.ToArray(), origin)
            : OutputFile.Lent(path, bytes, _pool, Path.Combine(_outputDir, path), origin);
}

using System.Text;
using DigestSite.Diagnostics;
using DigestSite.Topics;
using DigestSite.Validation;

namespace DigestSite.Caching;

/// <summary>
/// Reads and writes a <see cref="BuildCache"/> as a small binary file: a magic word, the validity key, the
/// path-set hash, then the pages. A file that is missing, truncated, corrupt or written for another validity
/// key reads as the empty cache: a cache can make a build slower, never wrong, and never make it fail.
/// </summary>
internal static class CacheFile
{
    private const string Magic = "DigestSite build cache";

    public static BuildCache Load(string path, byte[] validity)
    {
        if (!File.Exists(path)) return BuildCache.Empty;
        // Everything read here stays alive for the whole build, so a collection during the load only copies it
        // about: ask the GC to hold off for about what decoding the file allocates (a few times its size).
        var noGc = false;
        try
        {
            noGc = GC.TryStartNoGCRegion(Math.Clamp(new FileInfo(path).Length * 6, 16L << 20, 200L << 20));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
        }
        try
        {
            return Read(path, validity);
        }
        finally
        {
            if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
    }

    private static BuildCache Read(string path, byte[] validity)
    {
        try
        {
            // Read whole, then decoded from memory: thousands of small reads from the file stream cost more.
            using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(path), writable: false), Encoding.UTF8);
            if (reader.ReadString() != Magic || !reader.ReadBytes(validity.Length).AsSpan().SequenceEqual(validity))
                return BuildCache.Empty;
            var pathSet = reader.ReadBytes(32);
            var count = Count(reader);
            var pages = new Dictionary<string, CachedPage>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
                pages[reader.ReadString()] = ReadPage(reader);
            var inputCount = Count(reader);
            var inputs = new Dictionary<string, CachedInput>(inputCount, StringComparer.Ordinal);
            var strings = new FactsStringTable();
            for (var i = 0; i < inputCount; i++)
                inputs[reader.ReadString()] = ReadInput(reader, strings);
            return reader.BaseStream.Position == reader.BaseStream.Length ? new BuildCache(pathSet, pages, inputs) : BuildCache.Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException
                                      or FormatException or InvalidDataException or ArgumentException or OverflowException or DecoderFallbackException)
        {
            return BuildCache.Empty;
        }
    }

    /// <summary>Writes to a temporary file beside the cache, then renames it over the cache, so a build that
    /// stops half-way leaves the old cache or the new one, never half of one.</summary>
    public static void Save(string path, byte[] validity, BuildCache cache)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        using (var writer = new BinaryWriter(new BufferedStream(File.Create(temp), 1 << 16), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(validity);
            writer.Write(cache.PathSet);
            writer.Write(cache.Pages.Count);
            foreach (var (pagePath, page) in cache.Pages)
            {
                writer.Write(pagePath);
                WritePage(writer, page);
            }
            writer.Write(cache.Inputs.Count);
            var strings = new FactsStringTable(); // words recur across digests: each is written once
            foreach (var (inputPath, input) in cache.Inputs)
            {
                writer.Write(inputPath);
                WriteInput(writer, input, strings);
            }
        }
        File.Move(temp, path, overwrite: true);
    }

    private static CachedInput ReadInput(BinaryReader r, FactsStringTable strings)
    {
        var stamp = new InputStamp(r.ReadInt64(), r.ReadInt64());
        var hash = r.ReadBytes(InputCache.HashLength);
        var result = ParseResultCodec.Read(r);
        var facts = r.ReadBoolean() ? DigestTopicFacts.Read(r, strings) : null;
        return new CachedInput(stamp, hash, result) { TopicFacts = facts };
    }

    private static void WriteInput(BinaryWriter w, CachedInput input, FactsStringTable strings)
    {
        w.Write(input.Stamp.Size);
        w.Write(input.Stamp.ModifiedTicks);
        w.Write(input.ContentHash);
        ParseResultCodec.Write(w, input.Result);
        w.Write(input.TopicFacts is not null);
        input.TopicFacts?.Write(w, strings);
    }

    private static CachedPage ReadPage(BinaryReader r)
    {
        var key = r.ReadBytes(RenderKeys.Length);
        var size = r.ReadInt64();
        var time = new DateTime(r.ReadInt64(), DateTimeKind.Utc);
        var findings = DiagnosticCodec.ReadAll(r);
        var anchors = new string[Count(r)];
        for (var i = 0; i < anchors.Length; i++) anchors[i] = r.ReadString();
        var links = new FragmentLink[Count(r)];
        for (var i = 0; i < links.Length; i++)
            links[i] = new FragmentLink(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadInt32(), r.ReadInt32());
        return new CachedPage(key, size, time, new CachedCheck(findings, anchors, links));
    }

    /// <summary>A count, checked against what is left of the file (a corrupt one must not ask for gigabytes).</summary>
    internal static int Count(BinaryReader r)
    {
        var count = r.ReadInt32();
        if (count < 0 || count > r.BaseStream.Length - r.BaseStream.Position) throw new FormatException("bad count");
        return count;
    }

    private static void WritePage(BinaryWriter w, CachedPage page)
    {
        w.Write(page.RenderKey);
        w.Write(page.Size);
        w.Write(page.LastWriteUtc.Ticks);
        DiagnosticCodec.WriteAll(w, page.Check.Findings);
        w.Write(page.Check.Anchors.Length);
        foreach (var a in page.Check.Anchors) w.Write(a);
        w.Write(page.Check.FragmentLinks.Length);
        foreach (var l in page.Check.FragmentLinks)
        {
            w.Write(l.TargetPath);
            w.Write(l.Fragment);
            w.Write(l.Href);
            w.Write(l.Line);
            w.Write(l.Column);
        }
    }
}

using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.ExceptionServices;
using DigestSite.Enrichment;
using DigestSite.Site;
using DigestSite.Topics;
using Microsoft.Win32.SafeHandles;

namespace DigestSite.Caching;

/// <summary>
/// Reads and writes a <see cref="BuildCache"/> as a binary file (<see cref="CacheLayout"/>): a header, then
/// sections of records, read and written in parallel. A file that is missing, truncated, corrupt or written
/// for another validity key reads as the empty cache: a cache can make a build slower, never wrong, and never
/// make it fail.
/// </summary>
/// <remarks>Neither direction holds the whole file in memory: each worker reads, or writes, one section after
/// another through one buffer.</remarks>
internal static partial class CacheFile
{
    // Records are stored in sections: a rebuild that changed one digest encodes one section again and decodes one
    // section's facts (its old ones), while each section's table of repeated strings still shares most words.
    private const int PagesPerSection = 1024;
    private const int InputsPerSection = 64;
    private const int SectionCapacity = 1 << 17;
    private const int FactsCapacity = 1 << 17;
    private const int TopicsCapacity = 1 << 20;

    public static BuildCache Load(string path, byte[] validity)
    {
        try
        {
            if (!File.Exists(path)) return BuildCache.Empty;
            using var file = File.OpenHandle(path);
            return CacheLayout.Read(file, validity) is { } layout ? ReadSections(path, file, layout) ?? BuildCache.Empty : BuildCache.Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || IsDamage(e))
        {
            return BuildCache.Empty;
        }
    }

    /// <summary>The cache the sections hold, or null when one of them is damaged.</summary>
    private static BuildCache? ReadSections(string path, SafeFileHandle file, CacheLayout layout)
    {
        var sections = layout.Sections;
        var pages = new KeyValuePair<string, CachedPage>[]?[sections.Length];
        var inputs = new KeyValuePair<string, CachedInput>[]?[sections.Length];
        // Each worker's buffer holds the longest section but the corpus step's state, which is several times longer
        // than the others and read by one worker into a buffer of its own: memory a process has not touched yet
        // costs more than the copy.
        var longest = 0;
        foreach (var s in sections)
            if (s.Kind != SectionKind.Topics) longest = Math.Max(longest, s.Length);
        var damaged = false;
        RankedRelated? related = null;
        TopicCorpusState? topics = null;
        Parallel.For(0, sections.Length, () => new SectionWorker(ArrayPool<byte>.Shared.Rent(longest)), (i, _, worker) =>
        {
            var section = sections[i];
            var own = section.Length > worker.Buffer.Length ? ArrayPool<byte>.Shared.Rent(section.Length) : null;
            var buffer = own ?? worker.Buffer;
            try
            {
                CacheLayout.ReadExactly(file, buffer.AsSpan(0, section.Length), section.Offset);
                if (XxHash3.HashToUInt64(buffer.AsSpan(0, section.Length)) != section.Hash)
                    throw new InvalidDataException("build cache: section damaged");
                worker.Strings.Clear();
                var r = new CacheReader(buffer, 0, section.Length, worker.Strings);
                if (section.Kind == SectionKind.Pages) pages[i] = ReadRecords(r, section.Records, CacheRecords.ReadPage);
                else if (section.Kind == SectionKind.Inputs) inputs[i] = ReadInputs(path, section, buffer, worker.Strings);
                else if (section.Kind == SectionKind.Topics) topics = CacheRecords.ReadTopics(r);
                else related = CacheRecords.ReadRelated(r);
            }
            catch (Exception e) when (e is IOException || IsDamage(e))
            {
                damaged = true;
            }
            finally
            {
                if (own is not null) ArrayPool<byte>.Shared.Return(own);
            }
            return worker;
        }, worker => ArrayPool<byte>.Shared.Return(worker.Buffer));
        if (damaged) return null;
        var stored = new List<StoredSection>();
        for (var i = 0; i < sections.Length; i++)
            if (inputs[i] is { } records) stored.Add(new StoredSection(sections[i], records));
        return new BuildCache(layout.PathSet, Merge(pages), Merge(inputs)) { Related = related, Topics = topics, StoredInputs = stored };
    }

    // (Loops and small classes in this file rather than LINQ over structs and tuples: generic code over value
    // types is compiled at run time, at every start, and every rebuild loads and saves the cache.)

    /// <summary>A loading worker's buffer and table of repeated strings, reused from section to section.</summary>
    private sealed class SectionWorker(byte[] buffer)
    {
        public byte[] Buffer { get; } = buffer;
        public FactsStringTable Strings { get; } = new();
    }

    /// <summary>A section of inputs: the length of its records and the hash of its topic facts, the records,
    /// then the facts (<see cref="DeferredFacts"/>, read only when asked for).</summary>
    private const int InputsPrefixLength = sizeof(int) + sizeof(long);

    private static KeyValuePair<string, CachedInput>[] ReadInputs(string path, CacheSection section, byte[] buffer, FactsStringTable strings)
    {
        var prefix = new CacheReader(buffer, 0, InputsPrefixLength);
        var recordsLength = prefix.ReadInt32();
        var factsHash = (ulong)prefix.ReadInt64();
        if (recordsLength < 0 || recordsLength > section.Length - InputsPrefixLength) throw new InvalidDataException("build cache: bad records length");
        var factsStart = InputsPrefixLength + recordsLength;
        var facts = new DeferredFacts(path, section.Offset + factsStart, section.Length - factsStart, factsHash);
        var r = new CacheReader(buffer, InputsPrefixLength, factsStart, strings);
        return ReadRecords(r, section.Records, r => CacheRecords.ReadInput(r, facts));
    }

    private static void WriteInputs(CacheWriter w, CacheWriter facts, ReadOnlySpan<KeyValuePair<string, CachedInput>> records)
    {
        facts.Reset();
        w.Reserve(InputsPrefixLength);
        foreach (var (key, input) in records)
        {
            w.WriteRepeated(key);
            CacheRecords.WriteInput(w, facts, input);
        }
        BinaryPrimitives.WriteInt32LittleEndian(w.At(0, sizeof(int)), w.Written.Length - InputsPrefixLength);
        BinaryPrimitives.WriteInt64LittleEndian(w.At(sizeof(int), sizeof(long)), (long)XxHash3.HashToUInt64(facts.Written));
        w.Write(facts.Written);
    }

    private static KeyValuePair<string, T>[] ReadRecords<T>(CacheReader r, int count, Func<CacheReader, T> read)
    {
        if (count > r.Remaining) throw new InvalidDataException("build cache: more records than bytes");
        var records = new KeyValuePair<string, T>[count];
        for (var i = 0; i < records.Length; i++) records[i] = new(r.ReadRepeated(), read(r));
        return r.AtEnd ? records : throw new InvalidDataException("build cache: a section is longer than its records");
    }

    private static Dictionary<string, T> Merge<T>(KeyValuePair<string, T>[]?[] sections)
    {
        var count = 0;
        foreach (var section in sections) count += section?.Length ?? 0;
        var merged = new Dictionary<string, T>(count, StringComparer.Ordinal);
        foreach (var section in sections)
            foreach (var (key, value) in section ?? [])
                merged[key] = value;
        return merged;
    }

    /// <summary>What a damaged file can make decoding throw (a date's ticks out of range: ArgumentOutOfRange).</summary>
    private static bool IsDamage(Exception e) =>
        e is InvalidDataException or FormatException or ArgumentException or OverflowException or IndexOutOfRangeException;
}

using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.ExceptionServices;
using DigestSite.Enrichment;
using DigestSite.Site;
using DigestSite.Topics;
using Microsoft.Win32.SafeHandles;

namespace DigestSite.Caching;

/// <summary>Saving a <see cref="BuildCache"/>: sections written in parallel, unchanged input sections copied.</summary>
internal static partial class CacheFile
{
    /// <summary>Writes to a temporary file beside the cache, then renames it over the cache, so a build that
    /// stops half-way leaves the old cache or the new one, never half of one. Input sections of the old file
    /// whose records are all unchanged (<see cref="BuildCache.StoredInputs"/>) are copied from it as they are.</summary>
    /// <param name="recordsPerSection">Pages and inputs per section (tests make them small, to get many).</param>
    public static void Save(string path, byte[] validity, BuildCache cache, (int Pages, int Inputs)? recordsPerSection = null)
    {
        var (pagesPerSection, inputsPerSection) = recordsPerSection ?? (PagesPerSection, InputsPerSection);
        var pages = new KeyValuePair<string, CachedPage>[cache.Pages.Count];
        var next = 0;
        foreach (var record in cache.Pages) pages[next++] = record;
        var unchanged = new List<StoredSection>();
        var copied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stored in cache.StoredInputs)
        {
            if (!AllUnchanged(stored, cache.Inputs)) continue;
            unchanged.Add(stored);
            foreach (var (key, _) in stored.Records) copied.Add(key);
        }
        var inputs = new KeyValuePair<string, CachedInput>[cache.Inputs.Count - copied.Count];
        next = 0;
        foreach (var record in cache.Inputs)
            if (!copied.Contains(record.Key)) inputs[next++] = record;
        // The longest sections to decode first in the table, which loading works through in order: the corpus
        // step's state, in one piece, must not be the last one left.
        var plan = new List<SectionPlan>();
        if (cache.Topics is not null) plan.Add(new(SectionKind.Topics, 0, 1));
        if (cache.Related is not null) plan.Add(new(SectionKind.Related, 0, 1));
        AddPlan(plan, SectionKind.Pages, pages.Length, pagesPerSection);
        AddPlan(plan, SectionKind.Inputs, inputs.Length, inputsPerSection);
        for (var i = 0; i < unchanged.Count; i++) plan.Add(new(Copy, i, 1));
        var sections = new CacheSection[plan.Count];
        long end = CacheLayout.Length(validity.Length, cache.PathSet.Length, plan.Count);
        var gate = new Lock();

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            using var old = unchanged.Count > 0 && File.Exists(path) ? File.OpenHandle(path) : null;
            using (var file = File.OpenHandle(temp, FileMode.Create, FileAccess.Write))
            {
                ParallelRethrowing(() => Parallel.For(0, plan.Count, () => new SaveWorker(), (i, _, worker) =>
                {
                    var (kind, start, count) = plan[i];
                    var w = worker.Writer(kind);
                    w.Reset();
                    if (kind == SectionKind.Pages) WriteRecords(w, pages.AsSpan(start, count), CacheRecords.WritePage);
                    else if (kind == SectionKind.Inputs) WriteInputs(w, worker.Facts, inputs.AsSpan(start, count));
                    else if (kind == Copy) (kind, count) = CopyOrWrite(w, worker.Facts, old, unchanged[start]);
                    else if (kind == SectionKind.Topics) CacheRecords.WriteTopics(w, cache.Topics!);
                    else CacheRecords.WriteRelated(w, cache.Related!);
                    long offset;
                    lock (gate)
                    {
                        offset = end;
                        end += w.Written.Length;
                    }
                    RandomAccess.Write(file, w.Written, offset);
                    sections[i] = new CacheSection(kind, count, offset, w.Written.Length, XxHash3.HashToUInt64(w.Written));
                    return worker;
                }, worker => worker.Dispose()));
                using var header = new CacheWriter();
                new CacheLayout(cache.PathSet, sections).Write(header, validity);
                RandomAccess.Write(file, header.Written, 0);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>In a save's plan: copy a stored section (its number in the unchanged ones), not a kind on disk.</summary>
    private const SectionKind Copy = (SectionKind)byte.MaxValue;

    /// <summary>A stored section's bytes as the old file holds them; encoded again from its records when the
    /// file no longer holds them (replaced by another build since this one read it).</summary>
    private static (SectionKind Kind, int Records) CopyOrWrite(CacheWriter w, CacheWriter facts, SafeFileHandle? old, StoredSection stored)
    {
        var section = stored.Section;
        if (old is not null)
        {
            try
            {
                var bytes = w.Reserve(section.Length);
                CacheLayout.ReadExactly(old, bytes, section.Offset);
                if (XxHash3.HashToUInt64(bytes) == section.Hash) return (SectionKind.Inputs, section.Records);
            }
            catch (IOException)
            {
            }
            w.Reset();
        }
        WriteInputs(w, facts, stored.Records);
        return (SectionKind.Inputs, stored.Records.Length);
    }

    /// <summary>One section to write: its kind, and its records (from, how many), or which stored section.</summary>
    private sealed record SectionPlan(SectionKind Kind, int Start, int Count);

    private static void AddPlan(List<SectionPlan> plan, SectionKind kind, int records, int perSection)
    {
        for (var start = 0; start < records; start += perSection) plan.Add(new(kind, start, Math.Min(perSection, records - start)));
    }

    /// <summary>Whether every record the section was read into is still the cache's, as it was read.</summary>
    private static bool AllUnchanged(StoredSection stored, IReadOnlyDictionary<string, CachedInput> inputs)
    {
        foreach (var (key, value) in stored.Records)
            if (!inputs.TryGetValue(key, out var now) || !ReferenceEquals(now, value)) return false;
        return true;
    }

    /// <summary>A saving worker's two buffers: a section's records, and an inputs section's topic facts. Sized
    /// for the section the worker writes first: the corpus step's state (first in the plan, several times longer
    /// than the other sections) or another; a buffer grows if it must.</summary>
    private sealed class SaveWorker : IDisposable
    {
        private CacheWriter? _w;

        private CacheWriter? _facts;

        public CacheWriter Writer(SectionKind first) => _w ??= new(first == SectionKind.Topics ? TopicsCapacity : SectionCapacity);

        /// <summary>Only for input sections encoded again (few in a rebuild).</summary>
        public CacheWriter Facts => _facts ??= new(FactsCapacity);

        public void Dispose()
        {
            _w?.Dispose();
            _facts?.Dispose();
        }
    }

    private static void WriteRecords<T>(CacheWriter w, ReadOnlySpan<KeyValuePair<string, T>> records, Action<CacheWriter, T> write)
    {
        foreach (var (key, value) in records)
        {
            w.WriteRepeated(key);
            write(w, value);
        }
    }

    /// <summary>Runs a parallel loop so that a failure surfaces as itself (the caller handles an IOException),
    /// not wrapped in an AggregateException.</summary>
    private static void ParallelRethrowing(Action loop)
    {
        try
        {
            loop();
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Throw(e.Flatten().InnerExceptions[0]);
        }
    }
}

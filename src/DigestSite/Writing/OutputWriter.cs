using DigestSite.Site;

namespace DigestSite.Writing;

/// <summary>What the write stage did.</summary>
public sealed record WriteResult(int Written, int Unchanged, int Removed);

/// <summary>
/// The write stage: writes each file whose bytes differ from what is on disk (unchanged files keep their
/// timestamps, which servers and rsync like), removes files an earlier build wrote that this build no longer
/// makes, and records the new list in the manifest (<see cref="OutputSession"/> says in which order, so that a
/// killed build is recovered by the next one).
/// </summary>
public static class OutputWriter
{
    public static WriteResult Write(string outputDir, IReadOnlyList<OutputFile> files)
    {
        var session = OutputSession.Open(outputDir, files.Select(f => f.Path), clean: false);

        // Every folder before the parallel writes.
        foreach (var file in files) session.MakeFolder(file);

        var written = 0;
        var unchanged = 0;
        Parallel.ForEach(files, file =>
        {
            if (session.Put(file)) Interlocked.Increment(ref written);
            else Interlocked.Increment(ref unchanged);
        });
        return new WriteResult(written, unchanged, session.Close(files));
    }

    /// <summary>Deletes what DigestSite wrote into an output folder (the files its manifest names, then the
    /// manifest); files it did not write (<c>.git</c>, a <c>CNAME</c> made by hand) stay.</summary>
    public static void Clean(string outputDir) => OutputSession.Clean(outputDir);
}

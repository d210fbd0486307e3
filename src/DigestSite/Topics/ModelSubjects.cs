using System.Globalization;
using DigestSite.Configuration;
using DigestSite.Content;
using DigestSite.Diagnostics;

namespace DigestSite.Topics;

/// <summary>A digest's subject by meaning: the subject of the vocabulary whose vector is nearest the digest's, and
/// their cosine similarity.</summary>
public readonly record struct ModelChoice(string Subject, float Similarity)
{
    /// <summary>The similarity in hundredths, the candidate's score.</summary>
    public int Score => (int)MathF.Round(Similarity * 100);

    /// <summary>What <c>inspect</c> shows: "model 0.47".</summary>
    public string Evidence => "model " + Similarity.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>
/// The opt-in model of <c>topics.model</c> as a build sees it: the vectors of the site's derived-data store
/// (<see cref="VectorStore"/>), loaded once. Only the vectors of the subjects in today's vocabulary (name and
/// text unchanged) and of digests whose text is in the store count; the model itself never runs in a build.
/// </summary>
public sealed class ModelSubjects
{
    private readonly (string Name, float[] Vector)[] _subjects;
    private readonly Dictionary<string, float[]> _digests;
    private readonly string _siteDir;
    private readonly string _model;

    private ModelSubjects(string siteDir, string model, (string, float[])[] subjects, int missingSubjects, Dictionary<string, float[]> digests, string? problem)
    {
        (_siteDir, _model, _subjects, MissingSubjects, _digests, Problem) = (siteDir, model, subjects, missingSubjects, digests, problem);
    }

    /// <summary>Subjects of the vocabulary without a vector in the store.</summary>
    public int MissingSubjects { get; }

    /// <summary>Why the store could not be read (it is then taken as empty), or null.</summary>
    public string? Problem { get; }

    /// <summary>The store of <c>topics.model</c> for the site in <paramref name="siteDir"/>; null when the setting is
    /// off. A missing or unreadable store gives a model that knows no vector.</summary>
    public static ModelSubjects? For(string siteDir, TopicSettings settings)
    {
        if (settings.Model == TopicSettings.NoModel) return null;
        var vocabulary = SubjectLexicon.For(settings.Subjects).Subjects;
        VectorStore? store;
        string? problem;
        try
        {
            store = VectorStore.Read(ModelText.StorePath(siteDir, settings.Model), settings.Model, out problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            (store, problem) = (null, e.Message);
        }

        var known = new Dictionary<string, SubjectVector>(StringComparer.Ordinal);
        foreach (var s in store?.CompleteSubjects ?? []) known[s.Name] = s;
        var subjects = new List<(string, float[])>();
        foreach (var subject in vocabulary)
            if (known.TryGetValue(subject.Name, out var sv) && sv.TextHash == ModelText.Hash(ModelText.Of(subject))
                && ModelText.VectorFromText(sv.Vector, store!.Dimensions) is { } v)
                subjects.Add((subject.Name, Unit(v)));
        var digests = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var d in store?.CompleteDigests ?? [])
            if (ModelText.VectorFromText(d.Vector, store!.Dimensions) is { } v) digests[d.TextHash] = Unit(v);
        return new ModelSubjects(siteDir, settings.Model, [.. subjects], vocabulary.Count - subjects.Count, digests, problem);
    }

    /// <summary>Each digest's subject by meaning, or null where the store has no vector of its text.</summary>
    public ModelChoice?[] Choose(IReadOnlyList<Digest> digests)
    {
        var result = new ModelChoice?[digests.Count];
        Parallel.For(0, digests.Count, i =>
        {
            if (_digests.TryGetValue(ModelText.Hash(ModelText.Of(digests[i])), out var vector)) result[i] = Nearest(vector);
        });
        return result;
    }

    private ModelChoice? Nearest(float[] vector)
    {
        ModelChoice? best = null;
        foreach (var (name, subject) in _subjects)
        {
            var similarity = Dot(vector, subject);
            if (best is null || similarity > best.Value.Similarity) best = new ModelChoice(name, similarity);
        }
        return best;
    }

    /// <summary>The one warning of a build where some digests or subjects have no vector: how many, and the command
    /// that encodes them. Null when the store is complete.</summary>
    public Diagnostic? Warning(int digestsWithout, int digests)
    {
        if (digestsWithout == 0 && MissingSubjects == 0 && Problem is null) return null;
        var missing = new List<string>();
        if (Problem is not null) missing.Add($"the store could not be read ({Problem})");
        if (digestsWithout > 0) missing.Add($"{digestsWithout} of {digests} digests have no vector (their subjects come from the lexicon alone)");
        if (MissingSubjects > 0) missing.Add($"{MissingSubjects} subjects have no vector (they are not chosen by meaning)");
        var line = ConfigSources.KeyLines(_siteDir).TryGetValue("topics.model", out var l) ? l : 0;
        return Diagnostic.Warning(ConfigLoader.FileName, line,
            $"topics.model: in {Shown()}, {string.Join("; ", missing)}; to encode them run: " +
            $"dotnet run --project src/DigestSite.Vectors -c Release -- {Path.GetFullPath(_siteDir)}", "topics");
    }

    private string Shown() => Path.Combine(ModelText.Folder, _model + ".json");

    private static float Dot(float[] a, float[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        float sum = 0;
        for (var i = 0; i < n; i++) sum += a[i] * b[i];
        return sum;
    }

    private static float[] Unit(float[] v)
    {
        var norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0) for (var i = 0; i < v.Length; i++) v[i] /= norm;
        return v;
    }
}

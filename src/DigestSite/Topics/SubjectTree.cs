namespace DigestSite.Topics;

/// <summary>
/// The vocabulary's tree of subjects, by topic key. A broad subject is a top-level one with many narrower subjects
/// under it ("Politics", "Health", "Economy"): it names a desk more than what a story is about, so an editor tags
/// the narrower subject of the story, and a broad one is a topic only when nothing narrower is. The broader
/// subject of a chosen one likewise comes after the story's other subjects (see <see cref="TopicPolicy"/>).
/// </summary>
internal static class SubjectTree
{
    /// <summary>How many narrower subjects make a top-level subject broad.</summary>
    private const int LeastNarrower = 5;

    private static readonly HashSet<string> Broad = [];
    private static readonly Dictionary<string, string> Broader = Build(SubjectLexicon.Default);

    public static bool IsBroad(string key) => Broad.Contains(key);

    /// <summary>The key of the subject this one is narrower than, or null.</summary>
    public static string? BroaderOf(string key) => Broader.GetValueOrDefault(key);

    private static Dictionary<string, string> Build(SubjectLexicon lexicon)
    {
        var keys = Array.ConvertAll([.. lexicon.Subjects], s => TopicExtractor.TopicKey(s.Name));
        var narrower = new int[keys.Length];
        var broader = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            var parent = lexicon.Subjects[i].Parent;
            if (parent < 0) continue;
            narrower[parent]++;
            broader[keys[i]] = keys[parent];
        }
        for (var i = 0; i < keys.Length; i++)
            if (lexicon.Subjects[i].Parent < 0 && narrower[i] >= LeastNarrower) Broad.Add(keys[i]);
        return broader;
    }
}

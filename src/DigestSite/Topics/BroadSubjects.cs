namespace DigestSite.Topics;

/// <summary>
/// The vocabulary's broad subjects: top-level ones with many narrower subjects under them ("Politics", "Health",
/// "Economy"), which name a desk more than what a story is about. An editor tags the narrower subject of the
/// story, so a broad one is a topic only when nothing narrower is (see <see cref="TopicPolicy"/>).
/// </summary>
internal static class BroadSubjects
{
    /// <summary>How many narrower subjects make a top-level subject broad.</summary>
    private const int LeastNarrower = 5;

    private static readonly HashSet<string> Keys = Find(SubjectLexicon.Default);

    public static bool Contains(string key) => Keys.Contains(key);

    private static HashSet<string> Find(SubjectLexicon lexicon)
    {
        var narrower = new int[lexicon.Subjects.Count];
        foreach (var s in lexicon.Subjects)
            if (s.Parent >= 0) narrower[s.Parent]++;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < narrower.Length; i++)
            if (lexicon.Subjects[i].Parent < 0 && narrower[i] >= LeastNarrower) keys.Add(TopicExtractor.TopicKey(lexicon.Subjects[i].Name));
        return keys;
    }
}

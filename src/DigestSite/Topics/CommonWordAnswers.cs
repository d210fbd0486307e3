namespace DigestSite.Topics;

/// <summary>
/// The answers to every digest's common-word questions: is the word written in lower case in any digest?
/// Only the questioned words are looked up, never a corpus-wide set of every word. Answers sit in one array,
/// digest after digest.
/// </summary>
internal sealed class CommonWordAnswers
{
    private readonly bool[] _answers;
    private readonly int[] _start;

    private CommonWordAnswers(bool[] answers, int[] start) => (_answers, _start) = (answers, start);

    /// <summary>The answers to digest <paramref name="i"/>'s questions, by question number.</summary>
    public ReadOnlySpan<bool> Of(int i) => _answers.AsSpan(_start[i], _start[i + 1] - _start[i]);

    public static CommonWordAnswers For(IReadOnlyList<DigestTopicFacts> facts)
    {
        var start = new int[facts.Count + 1];
        for (var i = 0; i < facts.Count; i++) start[i + 1] = start[i] + facts[i].CommonWordQuestions.Length;

        // One id per distinct questioned word, so each is answered once.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var idOfQuestion = new int[start[^1]];
        for (var i = 0; i < facts.Count; i++)
        {
            var questions = facts[i].CommonWordQuestions;
            for (var q = 0; q < questions.Length; q++)
            {
                if (!ids.TryGetValue(questions[q], out var id)) ids.Add(questions[q], id = ids.Count);
                idOfQuestion[start[i] + q] = id;
            }
        }

        var common = new bool[ids.Count];
        if (ids.Count > 0) Parallel.For(0, facts.Count, i => MarkCommonWords(facts[i], ids, common));

        var answers = new bool[idOfQuestion.Length];
        for (var k = 0; k < answers.Length; k++) answers[k] = common[idOfQuestion[k]];
        return new CommonWordAnswers(answers, start);
    }

    private static void MarkCommonWords(DigestTopicFacts facts, Dictionary<string, int> ids, bool[] common)
    {
        // Threads only ever set answers to true, so the races are harmless.
        foreach (var word in facts.LowerCaseWords)
            if (ids.TryGetValue(word, out var id)) common[id] = true;
    }
}

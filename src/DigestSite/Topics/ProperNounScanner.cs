namespace DigestSite.Topics;

/// <summary>One capitalised phrase as written in a sentence: its words (possessive "'s" and final dots
/// removed) and whether its first word is capitalised only because it starts a sentence.</summary>
public sealed record NameMention(IReadOnlyList<string> Words, bool StartsSentence);

/// <summary>
/// Finds runs of capitalised words in prose ("Tomás Echeverría", "Bank of Japan", "Marlow &amp; Finch").
/// A run ends at punctuation, at a possessive ("Croatia's Marin Babić" is two runs) and at a lower-case word
/// other than a name connector ("de", "van", and "of" after words such as "Bank"). Deciding which runs are
/// names is left to <see cref="NamedEntities"/>, which sees the whole digest.
/// </summary>
public static class ProperNounScanner
{
    private readonly record struct Word(string Text, bool Capitalised, bool StartsSentence, bool BreakBefore, bool Possessive);

    public static List<NameMention> Scan(string text)
    {
        var words = Words(text);
        var mentions = new List<NameMention>();
        var run = new List<string>();
        var runStartsSentence = false;

        void Close()
        {
            while (run.Count > 0 && NameWords.Connectors.Contains(run[^1])) run.RemoveAt(run.Count - 1);
            if (run.Count > 0) mentions.Add(new NameMention([.. run], runStartsSentence));
            run = [];
        }

        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.BreakBefore) Close();
            if (w.Capitalised)
            {
                if (run.Count == 0) runStartsSentence = w.StartsSentence;
                run.Add(w.Text);
            }
            else if (run.Count > 0 && IsConnector(w, run[^1]) && i + 1 < words.Count && words[i + 1].Capitalised && !words[i + 1].BreakBefore)
            {
                run.Add(w.Text);
                continue;
            }
            else
            {
                Close();
                continue;
            }
            if (w.Possessive) Close();
        }
        Close();
        return mentions;
    }

    /// <summary>Words in a line of prose, with lower-case words kept (callers need them to learn which words
    /// are common).</summary>
    public static IEnumerable<string> LowerCaseWords(string text) =>
        Words(text).Where(w => !w.Capitalised).Select(w => w.Text);

    private static bool IsConnector(Word w, string previous) =>
        NameWords.Connectors.Contains(w.Text) && (w.Text != "of" || NameWords.Generic.Contains(previous));

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var i = 0;
        var gapStart = 0;
        string? previous = null;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordStart(text[i])) i++;
            if (i >= text.Length) break;
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i))) i++;
            if (text[start] == '&') i = start + 1;
            var raw = text[start..i];
            var gap = text.AsSpan(gapStart, start - gapStart);
            gapStart = i;

            var startsSentence = previous is null || EndsSentence(gap, previous);
            var breakBefore = previous is not null && gap.Trim().Length > 0 && gap.Trim() is not "&";
            var possessive = raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("’s", StringComparison.Ordinal);
            var normalized = raw == "&" ? "&" : PhraseTokenizer.Normalize(raw);
            if (normalized.Length == 0) continue;
            var capitalised = IsCapitalised(normalized);
            words.Add(new Word(normalized, capitalised, startsSentence, breakBefore, possessive));
            previous = normalized;
        }
        return words;
    }

    /// <summary>"Nakatani", "NATO", and names with a lower-case particle: "al-Sayed", "d'Ivoire", "el-Sheikh".</summary>
    private static bool IsCapitalised(string word)
    {
        if (char.IsUpper(word[0])) return true;
        var joint = word.IndexOfAny(['-', '\'', '’']);
        return joint is > 0 and <= 3 && joint + 1 < word.Length && char.IsUpper(word[joint + 1]);
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || c == '&';

    private static bool IsJoiner(string text, int i) =>
        text[i] is '.' or '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>A sentence ends at . ! ? (not after "Dr", an initial or "U.S") and a quotation or a clause
    /// after a colon starts afresh.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> gap, string previous)
    {
        foreach (var c in gap)
        {
            if (c is '!' or '?' or ':' or '“' or '"' or '‘' or '«') return true;
            if (c == '.')
            {
                var abbreviation = NameWords.Abbreviations.Contains(previous) || previous.Contains('.')
                    || (previous.Length == 1 && char.IsUpper(previous[0]));
                if (!abbreviation) return true;
            }
        }
        return false;
    }
}

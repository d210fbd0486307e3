using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>A word of prose as a place in its text (possessive "'s" and final dots removed), and what the
/// scanner learnt about it from its neighbours.</summary>
public readonly record struct ScannedWord(TextToken Token, bool Capitalised, bool StartsSentence, bool BreakBefore, bool Possessive);

/// <summary>One capitalised phrase as written in a sentence: the words <c>[First, First + Count)</c> of the
/// scanned words, and whether its first word is capitalised only because it starts a sentence.</summary>
public readonly record struct NameMention(int First, int Count, bool StartsSentence);

/// <summary>
/// Finds runs of capitalised words in prose ("Tomás Echeverría", "Bank of Japan", "Marlow &amp; Finch").
/// A run ends at punctuation, at a possessive ("Croatia's Marin Babić" is two runs) and at a lower-case word
/// other than a name connector ("de", "van", and "of" after words such as "Bank"). Deciding which runs are
/// names is left to <see cref="NameMentionCleaner"/>, which sees the whole digest.
/// </summary>
public static class ProperNounScanner
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors =
        NameWords.Connectors.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Generic =
        NameWords.Generic.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        NameWords.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces the contents of <paramref name="mentions"/> with the capitalised runs of
    /// <paramref name="words"/> (the words of <paramref name="text"/>, from <see cref="Words"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(string text, List<ScannedWord> words, List<NameMention> mentions)
    {
        mentions.Clear();
        // A run is always a stretch of consecutive words: each word either joins it or closes it.
        var runStart = 0;
        var runCount = 0;
        var runStartsSentence = false;

        void Close()
        {
            while (runCount > 0 && Connectors.Contains(words[runStart + runCount - 1].Token.In(text))) runCount--;
            if (runCount > 0) mentions.Add(new NameMention(runStart, runCount, runStartsSentence));
            runCount = 0;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.BreakBefore) Close();
            if (w.Capitalised)
            {
                if (runCount == 0) (runStart, runStartsSentence) = (i, w.StartsSentence);
                runCount++;
            }
            else if (runCount > 0 && IsConnector(text, w, words[i - 1]) && i + 1 < words.Count && words[i + 1].Capitalised && !words[i + 1].BreakBefore)
            {
                runCount++;
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
    }

    private static bool IsConnector(string text, ScannedWord w, ScannedWord previous)
    {
        var word = w.Token.In(text);
        return Connectors.Contains(word) && (!word.SequenceEqual("of") || Generic.Contains(previous.Token.In(text)));
    }

    /// <summary>Replaces the contents of <paramref name="words"/> with the words of a line of prose, lower-case
    /// words included (callers need them to learn which words are common).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Words(string text, List<ScannedWord> words)
    {
        words.Clear();
        var i = 0;
        var gapStart = 0;
        var previous = ReadOnlySpan<char>.Empty;
        var hasPrevious = false;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordStart(text[i])) i++;
            if (i >= text.Length) break;
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i))) i++;
            if (text[start] == '&') i = start + 1;
            var raw = text.AsSpan(start, i - start);
            var gap = text.AsSpan(gapStart, start - gapStart);
            gapStart = i;

            var startsSentence = !hasPrevious || EndsSentence(gap, previous);
            var breakBefore = hasPrevious && gap.Trim().Length > 0 && !gap.Trim().SequenceEqual("&");
            var possessive = raw.EndsWith("'s") || raw.EndsWith("’s");
            var length = raw is "&" ? 1 : PhraseTokenizer.NormalizedLength(raw);
            if (length == 0) continue;
            var word = raw[..length];
            words.Add(new ScannedWord(new TextToken(start, length), IsCapitalised(word), startsSentence, breakBefore, possessive));
            previous = word;
            hasPrevious = true;
        }
    }

    /// <summary>"Nakatani", "NATO", and names with a lower-case particle: "al-Sayed", "d'Ivoire", "el-Sheikh".</summary>
    private static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        if (char.IsUpper(word[0])) return true;
        // A particle is one to three letters long, so only the first joint among the first four characters counts.
        for (var joint = 0; joint < word.Length && joint < 4; joint++)
            if (word[joint] is '-' or '\'' or '’') return joint > 0 && joint + 1 < word.Length && char.IsUpper(word[joint + 1]);
        return false;
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || c == '&';

    private static bool IsJoiner(string text, int i) =>
        text[i] is '.' or '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>A sentence ends at . ! ? (not after "Dr", an initial or "U.S") and a quotation or a clause
    /// after a colon starts afresh.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> gap, ReadOnlySpan<char> previous)
    {
        foreach (var c in gap)
        {
            if (c is '!' or '?' or ':' or '“' or '"' or '‘' or '«') return true;
            if (c == '.')
            {
                var abbreviation = Abbreviations.Contains(previous) || previous.Contains('.')
                    || (previous.Length == 1 && char.IsUpper(previous[0]));
                if (!abbreviation) return true;
            }
        }
        return false;
    }
}

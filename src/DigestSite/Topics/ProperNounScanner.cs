using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>A word of prose as a place in its text (possessive "'s" and final dots removed), its id in the
/// builder's <see cref="WordPool"/>, and what the scanner learnt about it from its neighbours.</summary>
public readonly record struct ScannedWord(TextToken Token, int Word, bool Capitalised, bool StartsSentence, bool BreakBefore, bool Possessive);

/// <summary>One capitalised phrase as written in a sentence: the words <c>[First, First + Count)</c> of the
/// scanned words, and whether its first word is capitalised only because it starts a sentence.</summary>
public readonly record struct NameMention(int First, int Count, bool StartsSentence);

/// <summary>
/// Finds runs of capitalised words in prose ("Tomás Echeverría", "Bank of Japan", "Marlow &amp; Finch").
/// A run ends at punctuation, at a possessive ("Croatia's Marin Babić" is two runs) and at a lower-case word
/// other than a name connector ("de", "van", and "of" after words such as "Bank"); a disease's noun ends it too,
/// as its last word ("Lassa fever"). Deciding which runs are
/// names is left to <see cref="NameMentionCleaner"/>, which sees the whole digest. What the word lists say
/// about a word comes from the <see cref="WordPool"/>, looked up once per word.
/// </summary>
internal static class ProperNounScanner
{
    /// <summary>Replaces the contents of <paramref name="mentions"/> with the capitalised runs of
    /// <paramref name="words"/> (from <see cref="Words"/>).</summary>
    public static void Scan(List<ScannedWord> words, WordPool pool, List<NameMention> mentions)
    {
        mentions.Clear();
        // A run is always a stretch of consecutive words: each word either joins it or closes it.
        var runStart = 0;
        var runCount = 0;
        var runStartsSentence = false;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.BreakBefore) Close(words, pool, mentions, runStart, ref runCount, runStartsSentence);
            if (w.Capitalised)
            {
                if (runCount == 0) (runStart, runStartsSentence) = (i, w.StartsSentence);
                runCount++;
            }
            else if (runCount > 0 && (IsConnector(pool, w, words[i - 1]) || pool[w.Word] is "and" or "a") && JoiningWords(words, pool, i) is var joining and > 0)
            {
                runCount += joining;
                i += joining - 1;
                continue;
            }
            else
            {
                // "Marburg virus": the disease's name ends with its noun.
                if (runCount > 0 && !w.BreakBefore && NameWords.DiseaseNouns.Contains(pool[w.Word])) runCount++;
                Close(words, pool, mentions, runStart, ref runCount, runStartsSentence);
                continue;
            }
            if (w.Possessive && !IsNamePart(w, pool, words, i)) Close(words, pool, mentions, runStart, ref runCount, runStartsSentence);
        }
        Close(words, pool, mentions, runStart, ref runCount, runStartsSentence);
    }

    /// <summary>A plural's possessive inside a name goes on with it: "Swiss People's Party", "Women's Tennis Association".</summary>
    private static bool IsNamePart(ScannedWord w, WordPool pool, List<ScannedWord> words, int i) =>
        i + 1 < words.Count && words[i + 1].Capitalised && !words[i + 1].BreakBefore && NameWords.IsPossessiveInName(pool[w.Word]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Close(List<ScannedWord> words, WordPool pool, List<NameMention> mentions, int runStart, ref int runCount, bool runStartsSentence)
    {
        while (runCount > 0 && pool.Is(words[runStart + runCount - 1].Word, WordTraits.Connector)) runCount--;
        var and = runCount > 0 ? LastAnd(words, pool, runStart, runCount) : -1;
        if (and >= 0 && !IsOneBody(words, pool, runStart, runCount, and))
        {
            // "Ely and Caerau", "Equinor and Iberdrola": two names.
            AddSplit(words, pool, mentions, runStart, and - runStart, runStartsSentence);
            AddSplit(words, pool, mentions, and + 1, runStart + runCount - and - 1, false);
        }
        else if (runCount > 0) mentions.Add(new NameMention(runStart, runCount, runStartsSentence));
        runCount = 0;
    }

    /// <summary>The parts of a run split at an "and", each split again at its own last "and".</summary>
    private static void AddSplit(List<ScannedWord> words, WordPool pool, List<NameMention> mentions, int start, int count, bool startsSentence)
    {
        var runCount = count;
        Close(words, pool, mentions, start, ref runCount, startsSentence);
    }

    private static int LastAnd(List<ScannedWord> words, WordPool pool, int start, int count)
    {
        for (var k = start + count - 2; k > start; k--)
            if (pool[words[k].Word] == "and") return k;
        return -1;
    }

    /// <summary>Whether a run with an "and" is one body's name: the part after the "and" has two words or more and
    /// the whole is an organisation's full name ("Bangladesh Garment Manufacturers and Exporters Association",
    /// "National Institute of Water and Atmospheric Research"). Where the first part ends with a place and the whole
    /// does not end like a body's name, these are a body and another name ("Bank of England and Barclays").</summary>
    private static bool IsOneBody(List<ScannedWord> words, WordPool pool, int start, int count, int and)
    {
        var end = start + count;
        if (end - and - 1 < 2 && !IsFieldWord(pool, words[end - 1].Word)) return false;
        var names = new string[count];
        for (var k = 0; k < count; k++) names[k] = pool[words[start + k].Word];
        if (!Organisations.IsFullName(string.Join(' ', names))) return false;
        // "Powys County Council and Herefordshire Council", "Turkana Basin Institute and Stony Brook University": each
        // side is a body's full name on its own, and the second begins with a name of its own, not a field's word.
        var before = and - start;
        if (before >= 2 && Organisations.EndsWithBodyWord(names[before - 1]) && !pool.Is(words[and + 1].Word, WordTraits.Generic)
            && Organisations.IsFullName(string.Join(' ', names[(before + 1)..])))
            return false;
        // "Ministry of Health and Ministry of Education": the second side begins a body's name of its own.
        if (before >= 3 && Organisations.BeginsWithHeadWord(names[(before + 1)..]) && Organisations.IsFullName(string.Join(' ', names[..before])))
            return false;
        return Organisations.EndsWithBodyWord(names[^1]) || !pool.Is(words[and - 1].Word, WordTraits.Country);
    }

    /// <summary>A word naming a field or an aim, which may end a body's name after "and" on its own ("Institute of
    /// Anthropology and History", "University of Science and Technology", "Party of Action and Solidarity"), where a
    /// name ("Bank of England and Barclays") parts two bodies.</summary>
    private static bool IsFieldWord(WordPool pool, int word) =>
        pool.Is(word, WordTraits.Generic) && !pool.Is(word, WordTraits.Country)
        || pool[word] is { Length: > 5 } w && (w.EndsWith("ity") || w.EndsWith("ment") || w.EndsWith("tion") || w.EndsWith("logy")
            || w.EndsWith("ics") || w.EndsWith("ory") || w.EndsWith("ture") || w.EndsWith("ness"));

    /// <summary>(Beside these, "and" joins the parts of a body's name, <see cref="IsOneBody"/>, and "a" the parts of
    /// a race's or a place's name between two capitalised words: "Vuelta a España", "Volta a Catalunya".)
    /// "de", "van"…, and "of", "for", "on" only after a generic word ("Bank of Japan", "Office for National
    /// Statistics", "Commission on Elections"; not "Minister of Health" or "Spain on Monday").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsConnector(WordPool pool, ScannedWord w, ScannedWord previous) =>
        pool.Is(w.Word, WordTraits.Connector) && (pool[w.Word] is not ("of" or "for" or "on") || pool.Is(previous.Word, WordTraits.Generic));

    /// <summary>How many words join the name at <paramref name="i"/> to a capitalised word that follows: the joining
    /// word, or an "of" and a "the" ("Central Bank of the Republic of Turkey", "University of the West Indies");
    /// 0 when no capitalised word follows.</summary>
    private static int JoiningWords(List<ScannedWord> words, WordPool pool, int i)
    {
        var next = i + 1;
        if (next < words.Count && pool[words[i].Word] is "of" && pool[words[next].Word] is "the" && !words[next].BreakBefore) next++;
        return next < words.Count && words[next].Capitalised && !words[next].BreakBefore ? next - i : 0;
    }

    /// <summary>Replaces the contents of <paramref name="words"/> with the words of a line of prose, lower-case
    /// words included (callers need them to learn which words are common).</summary>
    public static void Words(string text, WordPool pool, List<ScannedWord> words)
    {
        words.Clear();
        var i = 0;
        var gapStart = 0;
        var previous = -1;
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

            var startsSentence = previous < 0 || EndsSentence(gap, pool.Is(previous, WordTraits.NoSentenceEnd));
            var possessive = raw.EndsWith("'s") || raw.EndsWith("’s");
            var length = raw is "&" ? 1 : PhraseTokenizer.NormalizedLength(raw);
            // "People's" keeps its "'s" where it may be part of a name.
            if (possessive && length + 2 <= raw.Length && NameWords.IsPossessiveInName(raw[..(length + 2)])) length += 2;
            if (length == 0) continue;
            var word = pool.Id(raw[..length]);
            var breakBefore = previous >= 0 && IsBreak(gap) && !IsMiddleInitial(gap, pool, previous, word);
            words.Add(new ScannedWord(new TextToken(start, length), word, pool.Is(word, WordTraits.Capitalised), startsSentence, breakBefore, possessive));
            previous = word;
        }
    }

    /// <summary>The full stop of a middle initial does not part a name: "Vera C. Rubin Observatory", "George W.
    /// Bush" (unless a function word follows it: "Plan B. The").</summary>
    private static bool IsMiddleInitial(ReadOnlySpan<char> gap, WordPool pool, int previous, int word) =>
        gap.Trim() is "." && pool[previous] is [var c] && char.IsUpper(c) && pool.Is(word, WordTraits.Capitalised)
        && !pool.Is(word, WordTraits.Function);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || c == '&';

    private static bool IsJoiner(string text, int i) =>
        text[i] is '.' or '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>Punctuation between two words (other than a lone "&amp;") ends a run of capitalised words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsBreak(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim();
        return trimmed.Length > 0 && !trimmed.SequenceEqual("&");
    }

    /// <summary>A sentence ends at . ! ? (not after "Dr", an initial or "U.S") and a quotation or a clause
    /// after a colon starts afresh.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsSentence(ReadOnlySpan<char> gap, bool previousAllowsFullStop)
    {
        foreach (var c in gap)
        {
            if (c is '!' or '?' or ':' or '“' or '"' or '‘' or '«') return true;
            if (c == '.' && !previousAllowsFullStop) return true;
        }
        return false;
    }
}

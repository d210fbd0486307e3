using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>
/// Cleans the capitalised phrases of one digest into name forms: drops roles ("Health Minister"),
/// sentence-initial function words and calendar words, and phrases that are places the gazetteer knows
/// (they are country topics). Whether a sentence's first word is a common word ("Officials", "Salmon")
/// depends on the corpus, so a phrase that opens a sentence is cleaned both ways. One instance is reused
/// digest after digest; it is not thread-safe.
/// </summary>
internal sealed class NameMentionCleaner(CommonWordQuestions questions, WordPool pool)
{
    private readonly DigestNumbering _formOfName = new();
    private readonly DigestNumbering _distinctiveWords = new();
    private readonly List<NameForm> _forms = [];
    private readonly List<NameMentionFacts> _mentions = [];
    private readonly List<int> _distinctive = [];
    private readonly List<(int Form, int Mention, string[] Words)> _appositives = [];
    private char[] _joined = new char[128];

    public void Reset()
    {
        _formOfName.NextDigest();
        _distinctiveWords.NextDigest();
        _forms.Clear();
        _mentions.Clear();
        _appositives.Clear();
    }

    public NameMentionFacts[] Mentions => [.. _mentions];
    public int DistinctiveWordCount => _distinctiveWords.Count;
    public int MentionCount => _mentions.Count;

    /// <summary>Adds each mention of a line of prose that may name someone, in order. ("The" or "On Monday"
    /// at the start of a sentence names no one either way; only the order of the others matters.)</summary>
    public void Add(string text, List<ScannedWord> words, List<NameMention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            if (m > 0 && Describes(text, words, mentions[m - 1], mentions[m])) continue;
            var facts = Clean(text, words, mentions[m]);
            if (facts.KeptForm >= 0 || facts.DroppedForm >= 0) _mentions.Add(facts);
            if (facts.KeptForm >= 0 && Appositive(text, words[mentions[m].First + mentions[m].Count - 1].Token) is { } said)
                _appositives.Add((facts.KeptForm, _mentions.Count - 1, said));
        }
    }

    /// <summary>The words of an appositive that says what a name is ("Molino Santa Rosa, a yerba mate mill run by the
    /// family, sent"): ", a" or ", an" after the name, up to the next comma or full stop; null when the name is not
    /// followed by one.</summary>
    private static string[]? Appositive(string text, TextToken last)
    {
        var rest = text.AsSpan(last.Start + last.Length);
        var skip = rest.StartsWith(", a ") ? 4 : rest.StartsWith(", an ") ? 5 : 0;
        if (skip == 0) return null;
        var words = rest[skip..];
        var stop = words.IndexOfAny(',', '.');
        return (stop < 0 ? words : words[..stop]).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The name forms, each body that an appositive says is a kind of body ("a yerba mate mill", "a small
    /// operator", "a volunteer network"; not a person's "a nurse who leads the team") given the noun the digest then
    /// calls it by: a word of the appositive ("the mill") or "company", "firm" or "group", whichever the digest uses
    /// most after the name. A form whose own name has a head noun keeps it.</summary>
    public NameForm[] FormsWithAppositiveHeads(IReadOnlyList<NounReference> references)
    {
        var forms = _forms.ToArray();
        var uses = new List<(string Noun, int Count)>();
        foreach (var (form, mention, words) in _appositives)
        {
            if (forms[form].HeadNoun is not null || !words.Any(Organisations.IsKindOfBody)) continue;
            // Each noun that may call the body back, with its uses after the name, in the order first used.
            uses.Clear();
            foreach (var r in references)
            {
                if (r.MentionsBefore <= mention || Array.IndexOf(words, r.Noun) < 0 && r.Noun is not ("company" or "firm" or "group")) continue;
                var at = uses.FindIndex(u => u.Noun == r.Noun);
                if (at < 0) uses.Add((r.Noun, 1));
                else uses[at] = (r.Noun, uses[at].Count + 1);
            }
            if (uses.Count == 0) continue;
            var best = uses[0];
            foreach (var use in uses)
                if (use.Count > best.Count) best = use;
            forms[form] = forms[form] with { HeadNoun = best.Noun };
        }
        return forms;
    }

    /// <summary>Whether a phrase set off after a name by ", the" and ended by a comma or a full stop describes that
    /// name ("Gavi, the Vaccine Alliance, paid"): it is not a name of its own. After a short name in capitals it is the
    /// full name ("IEBC, the Independent Electoral and Boundaries Commission,"), which <see cref="Acronyms"/> joins.</summary>
    private static bool Describes(string text, List<ScannedWord> words, NameMention name, NameMention phrase)
    {
        var end = words[name.First + name.Count - 1].Token;
        var first = words[phrase.First].Token;
        var start = end.Start + end.Length;
        if (first.Start - start != ", the ".Length || !text.AsSpan(start, first.Start - start).SequenceEqual(", the ")) return false;
        var last = words[phrase.First + phrase.Count - 1].Token;
        var after = last.Start + last.Length;
        return (after == text.Length || text[after] is ',' or '.')
            && !(name.Count == 1 && Acronyms.IsCapitals(words[name.First].Token.In(text).ToString()));
    }

    private NameMentionFacts Clean(string text, List<ScannedWord> words, NameMention mention)
    {
        var start = mention.First;
        var end = mention.First + mention.Count;
        var startsSentence = mention.StartsSentence;
        var office = false;
        var acts = Acts(words, end);
        for (var k = end - 1; k >= start; k--)
        {
            if (!pool.Is(words[k].Word, WordTraits.Role)) continue;
            // A body's full name may begin with a role's word: "General Statistics Office", "Justice Ministry".
            if (k == SkipLeadingNoise(words, start, end) && end - k > 1 && Organisations.IsFullName(Join(text, words, k, end).ToString())) break;
            // Everything up to the last role is the role ("Deputy Health Minister").
            start = k + 1;
            startsSentence = false;
            office = pool.Is(words[k].Word, WordTraits.Office);
            break;
        }

        if (start < end && startsSentence && !pool.Is(words[start].Word, WordTraits.LeadingNoise))
        {
            var kept = Finish(text, words, start, end);
            // A body's full name is a name wherever it stands: "Bank of Japan lifts its rate"; so is a word of
            // three capitals or more, which a sentence's capital does not explain: "ASML said…".
            if (kept >= 0 && (Organisations.IsFullName(_forms[kept].Name) || IsAcronym(_forms[kept].Name)))
                return new NameMentionFacts(kept, NameMentionFacts.None, NameMentionFacts.None, Acts: acts);
            var dropped = Finish(text, words, SkipLeadingNoise(words, start + 1, end), end);
            // Only a question that decides something is asked.
            var question = kept >= 0 || dropped >= 0 ? questions.Of(words[start].Word) : NameMentionFacts.None;
            return new NameMentionFacts(kept, question, dropped, Acts: acts);
        }
        return new NameMentionFacts(Finish(text, words, SkipLeadingNoise(words, start, end), end),
            NameMentionFacts.None, NameMentionFacts.None, office, acts);
    }

    /// <summary>Verbs that say a name's bearer speaks or acts in the sentence when they follow the name at once
    /// ("INDEC said", "CERN has", "COFEPRIS will"): the sign of a body the story is about, even named once.</summary>
    private static readonly HashSet<string> ActingVerbs = new(
        ("said says has have had will is was are were announced plans approved opened launched began won agreed reported " +
         "published found confirmed warned called signed ruled cut raised voted").Split(' '), StringComparer.Ordinal);

    /// <summary>Whether the word after the name (at <paramref name="end"/>, in the same clause, the name not a possessive)
    /// is one of <see cref="ActingVerbs"/>.</summary>
    private bool Acts(List<ScannedWord> words, int end) =>
        end < words.Count && !words[end - 1].Possessive && !words[end].BreakBefore && ActingVerbs.Contains(pool[words[end].Word]);

    private static bool IsAcronym(string name) => name.Length >= 3 && Acronyms.IsCapitals(name);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SkipLeadingNoise(List<ScannedWord> words, int start, int end)
    {
        while (start < end && pool.Is(words[start].Word, WordTraits.LeadingNoise) && !IsFirstName(words, start, end)) start++;
        return start;
    }

    /// <summary>A three-letter calendar abbreviation before another capitalised word is a first name ("Jan
    /// Wendorf", "Sun Yang"): news writes months and days in full before a name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsFirstName(List<ScannedWord> words, int start, int end) =>
        start + 1 < end && words[start].Token.Length == 3 && pool.Is(words[start].Word, WordTraits.Calendar)
        && !pool.Is(words[start].Word, WordTraits.Function | WordTraits.Connector) && words[start + 1].Capitalised
        && !pool.Is(words[start + 1].Word, WordTraits.LeadingNoise);

    /// <summary>The form number of words <c>[start, end)</c> once trailing connectors and calendar words are
    /// cut, or -1 when what is left cannot be a name.</summary>
    private int Finish(string text, List<ScannedWord> words, int start, int end)
    {
        while (end > start && pool.Is(words[end - 1].Word, WordTraits.Connector | WordTraits.Calendar)) end--;
        if (end == start) return NameMentionFacts.None;
        var hasLetter = false;
        for (var k = start; k < end && !hasLetter; k++) hasLetter = pool.Is(words[k].Word, WordTraits.HasLetter);
        if (!hasLetter) return NameMentionFacts.None;
        if (end - start == 1 && (pool.Is(words[start].Word, WordTraits.Generic) || words[start].Token.Length < 2)) return NameMentionFacts.None;

        var name = end - start == 1 ? words[start].Word : pool.Id(Join(text, words, start, end));
        if (pool.Is(name, WordTraits.Country)) return NameMentionFacts.None;
        var form = _formOfName.Of(name, out var isNew);
        if (!isNew) return form;

        _distinctive.Clear();
        for (var k = start; k < end; k++)
            if (pool.Is(words[k].Word, WordTraits.Distinctive)) _distinctive.Add(_distinctiveWords.Of(words[k].Word, out _));
        _forms.Add(new NameForm(pool[name], pool[pool.LowerCaseId(name)], pool.TopicKey(name), end - start, [.. _distinctive],
            Organisations.HeadNoun(pool[name])));
        return form;
    }

    /// <summary>The words joined by single spaces, in a buffer reused from call to call.</summary>
    private ReadOnlySpan<char> Join(string text, List<ScannedWord> words, int start, int end)
    {
        var length = end - start - 1;
        for (var k = start; k < end; k++) length += words[k].Token.Length;
        if (_joined.Length < length) _joined = new char[Math.Max(length, _joined.Length * 2)];
        var at = 0;
        for (var k = start; k < end; k++)
        {
            if (k > start) _joined[at++] = ' ';
            words[k].Token.In(text).CopyTo(_joined.AsSpan(at));
            at += words[k].Token.Length;
        }
        return _joined.AsSpan(0, length);
    }
}

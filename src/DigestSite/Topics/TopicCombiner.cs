namespace DigestSite.Topics;

/// <summary>
/// The corpus step of topic extraction, the one place where topics are chosen from facts: from the
/// <see cref="DigestTopicFacts"/> of every digest, answers which questioned words are common (written in lower
/// case by some digest), finds each digest's people and organisations, and lets <see cref="TopicPolicy"/> choose
/// each digest's topics from its evidence. It touches no text, so it is cheap next to computing the facts.
/// <see cref="TopicCorpus"/> runs the same per-digest step (<see cref="ChooseOne"/>) on what changed.
/// </summary>
public static class TopicCombiner
{
    /// <param name="model">Per digest, its subject by meaning (<see cref="ModelSubjects"/>), or null.</param>
    public static ChosenTopic[][] Combine(IReadOnlyList<DigestTopicFacts> facts, int max, IReadOnlyList<ModelChoice?>? model = null)
    {
        var answers = CommonWordAnswers.For(facts);
        var result = new ChosenTopic[facts.Count][];
        Parallel.For(0, facts.Count, () => new NamedEntities(), (i, _, finder) =>
        {
            result[i] = ChooseOne(facts[i], answers.Of(i), finder, max, model?[i]);
            return finder;
        }, _ => { });
        return result;
    }

    /// <summary>One digest's topics, once the corpus has answered the digest's common-word questions: its people
    /// and organisations found with <paramref name="finder"/>, then every piece of its evidence weighed.</summary>
    internal static ChosenTopic[] ChooseOne(DigestTopicFacts facts, ReadOnlySpan<bool> answers, NamedEntities finder, int max, ModelChoice? model = null) =>
        TopicsOf(facts, finder.Of(facts, answers), max, model);

    /// <summary>A digest's topics: every piece of its evidence as a candidate, chosen by <see cref="TopicPolicy"/>.</summary>
    private static ChosenTopic[] TopicsOf(DigestTopicFacts facts, NamedEntity[] entities, int max, ModelChoice? model)
    {
        var candidates = new List<TopicCandidate>(facts.FrontMatterTopics.Length + facts.Places.Length + facts.Subjects.Length + entities.Length);
        foreach (var t in facts.FrontMatterTopics)
            candidates.Add(new TopicCandidate(t.Name, t.Key, TopicKind.FrontMatter, 0, 0, 0, false, 0, 0, 0, "front matter"));
        AddPlaces(candidates, facts.Places, TopicKind.Place);
        AddPlaces(candidates, facts.Places, TopicKind.Entity);
        var best = facts.Subjects.Length > 0 ? facts.Subjects[0].Score : 0;
        for (var r = 0; r < facts.Subjects.Length; r++)
        {
            var s = facts.Subjects[r];
            candidates.Add(new TopicCandidate(s.Name, s.Key, TopicKind.Subject, s.Score, best, r, s.InTitle, s.Cues, 0, s.Cues, s.Evidence,
                Broad: SubjectTree.IsBroad(s.Key), Strong: s.Strong));
        }
        if (model is { } m)
            candidates.Add(new TopicCandidate(m.Subject, TopicExtractor.TopicKey(m.Subject), TopicKind.Subject, m.Score, m.Score, int.MaxValue, false, 0, 0, 0, m.Evidence, ByModel: true));
        var merged = Acronyms.Merge(facts.NameForms, entities);
        for (var r = 0; r < merged.Count; r++)
        {
            var (e, acronym) = merged[r];
            var form = facts.NameForms[e.Form];
            if (IsShortAcronym(form.Name)) continue;
            var inTitle = e.FirstMention < facts.TitleMentions;
            var evidence = acronym is null ? $"{e.Mentions} mentions" : $"{e.Mentions} mentions, with {acronym}";
            var inLead = e.FirstMention < facts.LeadMentions;
            if (inLead && e.Mentions == 1) evidence += ", in the lead";
            if (e.References > 0) evidence += $", {e.References} as \"the {form.HeadNoun}\"";
            if (e.Office) evidence += ", with an office";
            candidates.Add(new TopicCandidate(form.Name, form.TopicKey, TopicKind.Entity, e.Mentions, merged[0].Entity.Mentions, r, inTitle, e.Mentions, 0, 0, evidence,
                InLead: inLead, Organisation: Organisations.IsFullName(form.Name), Event: Organisations.IsEvent(form.Name), Office: e.Office, Acts: e.Acts && !MayBePerson(form.Name)));
        }
        return TopicPolicy.Choose(candidates, max);
    }

    /// <summary>A name of two to four capitalised words besides connectors, none of them all capitals or a generic word
    /// ("Daniel Okafor", "Maria da Conceição Lima"; not "Royal Mail" or "INDEC"): it may be a person's, and a person
    /// named once is most often a voice the story quotes.</summary>
    private static bool MayBePerson(string name)
    {
        var words = Array.FindAll(name.Split(' '), w => !NameWords.Connectors.Contains(w));
        return words.Length is >= 2 and <= 4
            && Array.TrueForAll(words, w => w.Length > 1 && char.IsUpper(w[0]) && !Acronyms.IsCapitals(w) && !NameWords.Generic.Contains(w));
    }

    /// <summary>Two capitals ("GP", "MP", "PM"): too many things are called so for the short form alone to name
    /// one; the full name, when the digest spells it out, absorbs it (<see cref="Acronyms"/>).</summary>
    private static bool IsShortAcronym(string name) => name.Length == 2 && char.IsUpper(name[0]) && char.IsUpper(name[1]);

    /// <summary>The places (or configured topics) of one kind, ranked within it.</summary>
    private static void AddPlaces(List<TopicCandidate> candidates, PlaceEvidence[] places, TopicKind kind)
    {
        var ofKind = new List<PlaceEvidence>();
        foreach (var p in places)
            if (p.Kind == kind) ofKind.Add(p);
        if (ofKind.Count == 0) return;
        // Countries and then places come in their own orders: one ranking for both (a stable sort).
        var ranked = ofKind.OrderByDescending(p => p.Score).ToList();
        var countries = 0;
        foreach (var p in ranked) if (p.Country) countries++;
        for (var rank = 0; rank < ranked.Count; rank++)
        {
            var p = ranked[rank];
            candidates.Add(new TopicCandidate(p.Name, p.Key, kind, p.Score, ranked[0].Score, rank, p.TitleMentions > 0, p.Mentions,
                p.ProminentMentions, 0, p.Evidence, Configured: kind == TopicKind.Entity, OnlyCountry: p.Country && countries == 1, Implied: p.Implied,
                InTopCountry: p.Within is { } country && country == ranked[0].Name));
        }
    }
}
